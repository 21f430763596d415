package hearth.timescales.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.shared.Ids;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Due;
import hearth.timescales.DuePeriod;
import hearth.timescales.Obligations;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the work views' queries over a large table. Off by default (it fills the shared test
 * database); run it alone with, for example:
 * {@code HEARTH_VOLUME=300000 ./mvnw -q -B test -Dtest=WorkQueriesAtVolumeTest}
 */
@HearthTest
@EnabledIfEnvironmentVariable(named = "HEARTH_VOLUME", matches = "\\d+")
class WorkQueriesAtVolumeTest {

    private static final String RULE = "test-queries";

    @Autowired
    Obligations obligations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theWorkViewQueriesStayFastAtVolume() {
        int rows = Integer.parseInt(System.getenv("HEARTH_VOLUME"));
        LocalDate today = LocalDate.parse("2036-06-15");
        clock.setDate(today);
        Instant now = clock.instant();
        Random random = new Random(42);
        int workers = 2000;
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < rows / 10; i++) {
            children.add(Ids.next());
        }
        long start = System.nanoTime();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            LocalDate started = today.minusDays(random.nextInt(730));
            LocalDate dueDate = started.plusDays(10);
            Instant overdueFrom = dueDate.plusDays(1).atStartOfDay(Due.LONDON).toInstant();
            Instant dueSoonFrom = dueDate.minusDays(7).atStartOfDay(Due.LONDON).toInstant();
            boolean open = dueDate.isAfter(today.minusDays(60)) && random.nextInt(3) == 0;
            Instant metAt = open ? null : started.plusDays(random.nextInt(14)).atTime(10, 0).atZone(Due.LONDON).toInstant();
            String state = open ? "UPCOMING" : metAt.isBefore(overdueFrom) ? "MET_ON_TIME" : "MET_LATE";
            batch.add(new Object[] {Ids.next(), children.get(random.nextInt(children.size())), RULE,
                    Timestamp.from(started.atStartOfDay(Due.LONDON).toInstant()), dueDate, Timestamp.from(dueSoonFrom),
                    Timestamp.from(overdueFrom), "volume.worker." + random.nextInt(workers), state, open,
                    metAt == null ? null : Timestamp.from(metAt), Timestamp.from(now)});
            if (batch.size() == 5000 || i == rows - 1) {
                jdbc.batchUpdate("""
                        insert into obligation (id, subject_id, rule_id, deadline_amount, deadline_unit, calendar,
                            started_at, start_event, due_date, due_soon_from, overdue_from, responsible, state, is_open,
                            met_at, voided, created_by, created_at, version)
                        values (?, ?, ?, 10, 'DAYS', 'EW_STATUTORY', ?, 'Volume', ?, ?, ?, ?, ?, ?, ?, false,
                            'volume', ?, 0)""", batch);
                batch.clear();
            }
        }
        System.out.printf("VOLUME inserted %d obligations in %d ms%n", rows, (System.nanoTime() - start) / 1_000_000);

        // warm up once, then time the second run of each
        String worker = "volume.worker.7";
        List<String> team = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            team.add("volume.worker." + i);
        }
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1;
            time(report, "openAssignedTo(one worker)", () -> obligations.openAssignedTo(worker).size());
            time(report, "metLateSince(one worker, 30 days)",
                    () -> obligations.metLateSince(worker, now.minusSeconds(30L * 86400)).size());
            time(report, "workloadOf(12 workers)", () -> obligations.workloadOf(team, today.plusDays(6)).size());
            time(report, "timelinessByRule(3 months)",
                    () -> obligations.timelinessByRule(today.minusMonths(3), today).size());
            time(report, "timelinessByRule(12 months)",
                    () -> obligations.timelinessByRule(today.minusMonths(12), today).size());
            time(report, "timelinessByRule(6 periods, one pass)", () -> {
                List<DuePeriod> periods = new ArrayList<>();
                for (int m : new int[] {3, 6, 12}) {
                    periods.add(new DuePeriod(today.minusMonths(m), today));
                    periods.add(new DuePeriod(today.minusMonths(2L * m), today.minusMonths(m)));
                }
                return obligations.timelinessByRule(periods).size();
            });
            UUID child = children.get(round);
            time(report, "reassignOpen(one child)", () -> obligations.reassignOpen(child, "volume.worker.new"));
        }
        pagesAndRecompute(team);
        jdbc.queryForList("explain select responsible, count(*) from obligation where responsible in ('a', 'b') "
                + "and is_open = true group by responsible", String.class).forEach(p -> System.out.println("VOLUME plan " + p.replace('\n', ' ')));
        jdbc.queryForList("explain select rule_id, due_date, count(*), sum(case when met_at < overdue_from then 1 else 0 end) "
                + "from obligation where due_date >= date '2035-06-15' and due_date < date '2036-06-15' and voided = false "
                + "group by rule_id, due_date", String.class).forEach(p -> System.out.println("VOLUME plan " + p.replace('\n', ' ')));
        assertThat(obligations.openAssignedTo(worker)).isNotEmpty();
    }

    /**
     * The pages at the server (MockMvc: controller, queries and template, no network), as the worker with the
     * most items and their manager, then a from-scratch recompute of every open obligation.
     */
    private void pagesAndRecompute(List<String> workers) {
        hearth.support.Fixtures fx = new hearth.support.Fixtures(context);
        String manager = fx.unique("volume_manager");
        UUID teamId = fx.team(fx.service(), manager);
        fx.user(manager, "Volume manager", hearth.security.Role.TEAM_MANAGER, teamId);
        for (String w : workers) {
            fx.user(w, "Worker " + w, hearth.security.Role.SOCIAL_WORKER, teamId);
        }
        for (int round = 0; round < 4; round++) {
            boolean report = round > 0;
            time(report, "GET /my-work (" + workers.get(7) + ")", () -> page("/my-work", fx.signedIn(workers.get(7))));
            time(report, "GET /team (12 workers)", () -> page("/team", fx.signedIn(manager)));
        }
        time(true, "recomputeAll (every open obligation)", () -> obligations.recomputeAll());
    }

    private int page(String path, hearth.security.HearthUser user) {
        try {
            return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .user(user))).andReturn().getResponse().getContentAsString().length();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void time(boolean report, String what, Supplier<Integer> query) {
        long start = System.nanoTime();
        int result = query.get();
        long micros = (System.nanoTime() - start) / 1000;
        if (report) {
            System.out.printf("VOLUME %-40s %8.1f ms (%d)%n", what, micros / 1000.0, result);
        }
    }
}
