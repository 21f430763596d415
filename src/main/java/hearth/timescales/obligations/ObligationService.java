package hearth.timescales.obligations;

import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.CalendarKind;
import hearth.timescales.Deadline;
import hearth.timescales.DeadlineUnit;
import hearth.timescales.Due;
import hearth.timescales.DuePeriod;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.timescales.RuleCatalogue;
import hearth.timescales.RuleTimeliness;
import hearth.timescales.TimescaleRule;
import hearth.timescales.WorkingDays;
import hearth.timescales.Workload;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ObligationService implements Obligations {

    private static final int BATCH = 500;

    private final ObligationRepository repository;
    private final RuleCatalogue catalogue;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ObligationService(ObligationRepository repository, RuleCatalogue catalogue, WorkingDays workingDays,
            JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.batch = batch;
        this.repository = repository;
        this.catalogue = catalogue;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID open(UUID subjectId, String ruleId, Instant startedAt, String startEvent, String responsible) {
        return open(subjectId, rule(ruleId), startedAt, startEvent, responsible, null).getId();
    }

    private Obligation open(UUID subjectId, TimescaleRule rule, Instant startedAt, String startEvent,
            String responsible, UUID previousId) {
        if (subjectId == null || startedAt == null) {
            throw new IllegalArgumentException("An obligation needs a subject and a start");
        }
        Deadline deadline = catalogue.deadlineOf(rule);
        Obligation obligation = new Obligation(subjectId, rule.id(), deadline, rule.calendar(), startedAt,
                text(startEvent, 500, true), DueDates.due(deadline, workingDays.calendar(rule.calendar()), startedAt),
                text(responsible, 100, false), previousId, CurrentUser.username(), clock.instant());
        return repository.save(obligation);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ObligationView> find(UUID id) {
        return findAt(id, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ObligationView> findAt(UUID id, Instant at) {
        return repository.findById(id).map(o -> o.view(at));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ObligationView> openFor(Collection<UUID> subjectIds) {
        Instant now = clock.instant();
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(subjectIds));
        List<ObligationView> views = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            repository.findBySubjectIdInAndOpenTrueOrderByDueDateAscOverdueFromAsc(
                    ids.subList(i, Math.min(ids.size(), i + BATCH))).forEach(o -> views.add(o.view(now)));
        }
        if (ids.size() > BATCH) {
            views.sort(Comparator.comparing(ObligationView::dueDate).thenComparing(v -> v.due().overdueFrom()));
        }
        return views;
    }

    @Override
    @Transactional
    public Optional<UUID> satisfy(UUID id, Instant metAt, String event) {
        Obligation obligation = obligation(id);
        if (!obligation.isOpen()) {
            throw new IllegalStateException("This obligation is already met or voided");
        }
        if (metAt == null || metAt.isBefore(obligation.getStartedAt())) {
            throw new IllegalArgumentException("The work cannot be done before the clock started");
        }
        String what = text(event, 500, true);
        obligation.satisfy(metAt, what);
        TimescaleRule rule = rule(obligation.getRuleId());
        if (!rule.recurs()) {
            return Optional.empty();
        }
        return Optional.of(open(obligation.getSubjectId(), rule(rule.followedBy()), metAt, what,
                obligation.getResponsible(), obligation.getId()).getId());
    }

    @Override
    @Transactional
    public void recordDelayReason(UUID id, String reason) {
        Obligation obligation = obligation(id);
        ObligationState state = obligation.stateAt(clock.instant());
        if (state != ObligationState.OVERDUE && state != ObligationState.MET_LATE) {
            throw new IllegalStateException("Only a late item has a reason for delay");
        }
        obligation.delayedBecause(text(reason, 1000, true), CurrentUser.username(), clock.instant());
    }

    @Override
    @Transactional
    public void reassign(UUID id, String responsible) {
        obligation(id).reassign(text(responsible, 100, false));
    }

    @Override
    @Transactional
    public void voidObligation(UUID id, String reason) {
        Obligation obligation = obligation(id);
        if (obligation.stateAt(clock.instant()) != ObligationState.VOIDED) {
            obligation.voidBecause(text(reason, 500, true));
        }
    }

    @Override
    @Transactional
    public UUID restart(UUID subjectId, String ruleId, Instant startedAt, String startEvent, String responsible) {
        TimescaleRule rule = rule(ruleId);
        if (!rule.restarts()) {
            throw new IllegalArgumentException("Rule " + ruleId + " does not restart");
        }
        Set<String> chain = new LinkedHashSet<>();
        TimescaleRule next = rule;
        while (next != null && chain.add(next.id())) {
            next = next.followedBy() == null ? null : rule(next.followedBy());
        }
        String reason = text("Clock restarted: " + text(startEvent, 500, true), 500, true);
        repository.findBySubjectIdAndRuleIdInAndOpenTrue(subjectId, chain).forEach(o -> o.voidBecause(reason));
        return open(subjectId, rule, startedAt, startEvent, responsible, null).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ObligationView> openAssignedTo(String responsible) {
        if (responsible == null || responsible.isBlank()) {
            return List.of();
        }
        Instant now = clock.instant();
        return repository.findByResponsibleAndOpenTrueOrderByDueDateAscOverdueFromAsc(responsible).stream()
                .map(o -> o.view(now)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ObligationView> metLateSince(String responsible, Instant since) {
        if (responsible == null || responsible.isBlank()) {
            return List.of();
        }
        Instant now = clock.instant();
        return repository.findByResponsibleAndStateAndMetAtGreaterThanEqualOrderByMetAtDesc(responsible,
                ObligationState.MET_LATE, since).stream().map(o -> o.view(now)).toList();
    }

    @Override
    @Transactional
    public int reassignOpen(UUID subjectId, String responsible) {
        String to = text(responsible, 100, false);
        if (to == null) {
            return jdbc.sql("""
                    update obligation set responsible = null, version = version + 1
                    where subject_id = :subject and is_open = true and responsible is not null""")
                    .param("subject", subjectId).update();
        }
        return jdbc.sql("""
                update obligation set responsible = :responsible, version = version + 1
                where subject_id = :subject and is_open = true
                  and (responsible is null or responsible <> :responsible)""")
                .param("subject", subjectId).param("responsible", to).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Workload> workloadOf(Collection<String> responsibles, LocalDate dueBy) {
        Map<String, Workload> result = new LinkedHashMap<>();
        List<String> keys = responsibles.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
        keys.forEach(k -> result.put(k, Workload.none(k)));
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < keys.size(); i += BATCH) {
            jdbc.sql("""
                    select responsible, count(*),
                           sum(case when overdue_from <= :now then 1 else 0 end),
                           sum(case when overdue_from > :now and due_date <= :dueBy then 1 else 0 end)
                    from obligation
                    where responsible in (:responsibles) and is_open = true
                    group by responsible""")
                    .param("now", now).param("dueBy", dueBy)
                    .param("responsibles", keys.subList(i, Math.min(keys.size(), i + BATCH)))
                    .query((rs, n) -> new Workload(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                    .list().forEach(w -> result.put(w.responsible(), w));
        }
        return result;
    }

    /** One rule's counts for obligations due on one day. */
    private record DayCounts(String ruleId, LocalDate dueDate, long decided, long onTime, long late, long open) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<hearth.timescales.DecidedObligation> decidedDue(String ruleId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select subject_id, due_date,
                       case when met_at is not null and met_at < overdue_from then 1 else 0 end
                from obligation
                where rule_id = :rule and due_date >= :from and due_date < :to and voided = false
                  and (met_at is not null or overdue_from <= :now)""")
                .param("rule", ruleId).param("from", from).param("to", to)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new hearth.timescales.DecidedObligation(rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class), rs.getInt(3) == 1))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<DuePeriod, List<RuleTimeliness>> timelinessByRule(Collection<DuePeriod> periods) {
        Map<DuePeriod, List<RuleTimeliness>> result = new LinkedHashMap<>();
        if (periods.isEmpty()) {
            return result;
        }
        LocalDate from = periods.stream().map(DuePeriod::from).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = periods.stream().map(DuePeriod::to).max(Comparator.naturalOrder()).orElseThrow();
        // one pass, grouped by rule and due date (at most rules x days rows), then summed per period here
        List<DayCounts> days = jdbc.sql("""
                select rule_id, due_date, count(*),
                       sum(case when met_at is not null and met_at < overdue_from then 1 else 0 end),
                       sum(case when met_at is not null and met_at >= overdue_from then 1 else 0 end),
                       sum(case when met_at is null then 1 else 0 end)
                from obligation
                where due_date >= :from and due_date < :to and voided = false
                  and (met_at is not null or overdue_from <= :now)
                group by rule_id, due_date""")
                .param("from", from).param("to", to).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new DayCounts(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
        for (DuePeriod period : periods) {
            Map<String, long[]> sums = new TreeMap<>();
            for (DayCounts day : days) {
                if (period.contains(day.dueDate())) {
                    long[] sum = sums.computeIfAbsent(day.ruleId(), k -> new long[4]);
                    sum[0] += day.decided();
                    sum[1] += day.onTime();
                    sum[2] += day.late();
                    sum[3] += day.open();
                }
            }
            result.put(period, sums.entrySet().stream()
                    .map(e -> new RuleTimeliness(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                            e.getValue()[3]))
                    .toList());
        }
        return result;
    }

    @Override
    @Transactional
    public int recomputeAll() {
        int redated = redateOpen();
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.sql("""
                update obligation set state = 'OVERDUE', version = version + 1
                where is_open = true and overdue_from <= :now and state <> 'OVERDUE'""")
                .param("now", now).update();
        changed += jdbc.sql("""
                update obligation set state = 'DUE_SOON', version = version + 1
                where is_open = true and due_soon_from <= :now and overdue_from > :now and state <> 'DUE_SOON'""")
                .param("now", now).update();
        changed += jdbc.sql("""
                update obligation set state = 'UPCOMING', version = version + 1
                where is_open = true and due_soon_from > :now and state <> 'UPCOMING'""")
                .param("now", now).update();
        return redated + changed;
    }

    /**
     * Works out every open obligation's due date again from its start, its deadline and today's calendar (closure
     * days added or removed since it opened move it), writing only the ones that changed, in batches.
     */
    private int redateOpen() {
        List<Object[]> changes = new ArrayList<>();
        jdbc.sql("""
                select id, deadline_amount, deadline_unit, calendar, started_at, due_date, overdue_from, due_soon_from
                from obligation where is_open = true""")
                .query((rs, n) -> {
                    Deadline deadline = Deadline.of(rs.getInt(2), DeadlineUnit.valueOf(rs.getString(3)));
                    Due due = DueDates.due(deadline, workingDays.calendar(CalendarKind.valueOf(rs.getString(4))),
                            rs.getTimestamp(5).toInstant());
                    if (!due.date().equals(rs.getObject(6, LocalDate.class))
                            || !due.overdueFrom().equals(rs.getTimestamp(7).toInstant())
                            || !due.dueSoonFrom().equals(rs.getTimestamp(8).toInstant())) {
                        changes.add(new Object[] {due.date(), Timestamp.from(due.overdueFrom()),
                                Timestamp.from(due.dueSoonFrom()), rs.getObject(1, UUID.class)});
                    }
                    return null;
                }).list();
        for (int from = 0; from < changes.size(); from += 1000) {
            batch.batchUpdate("""
                    update obligation set due_date = ?, overdue_from = ?, due_soon_from = ?, version = version + 1
                    where id = ?""", changes.subList(from, Math.min(changes.size(), from + 1000)));
        }
        return changes.size();
    }

    private Obligation obligation(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Obligation"));
    }

    private TimescaleRule rule(String ruleId) {
        return catalogue.find(ruleId).orElseThrow(() -> new IllegalArgumentException("Unknown rule " + ruleId));
    }

    private static String text(String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("A description is required");
            }
            return null;
        }
        return text.length() > max ? text.substring(0, max) : text;
    }
}
