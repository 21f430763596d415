package hearth.caseloads;

import hearth.shared.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: caseloads month by month. A snapshot of a month records each worker's and each team's caseload as
 * at the month's last day (or today, for the month in progress); taking it again replaces that month's figures.
 * Taken on the first of each month for the month before, and on demand.
 */
@Service
public class CaseloadSnapshots {

    /** One month's figures for a team or a worker. */
    public record Point(LocalDate month, int children, BigDecimal weighted) {
    }

    private final Caseloads caseloads;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseloadSnapshots(Caseloads caseloads, JdbcClient jdbc, Clock clock) {
        this.caseloads = caseloads;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 40 1 1 * *", zone = "Europe/London")
    void monthly() {
        take(YearMonth.now(clock).minusMonths(1));
    }

    /** Records the month's caseloads per worker and per team; answers how many rows were written. */
    @Transactional
    public int take(YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asAt = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        int rows = 0;
        for (TeamCaseload team : caseloads.on(asAt)) {
            write(month.atDay(1), team.teamId(), null, team.children(), team.weighted());
            rows++;
            for (WorkerCaseload w : team.workers()) {
                write(month.atDay(1), team.teamId(), w.username(), w.children(), w.weighted());
                rows++;
            }
        }
        return rows;
    }

    /** The team's months, oldest first, over the last {@code months} months. */
    @Transactional(readOnly = true)
    public List<Point> ofTeam(UUID teamId, int months) {
        return jdbc.sql("""
                select snapshot_month, children, weighted from caseload_snapshot
                where team_id = :team and worker_username is null and snapshot_month >= :since order by snapshot_month""")
                .param("team", teamId).param("since", since(months))
                .query((rs, n) -> new Point(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getBigDecimal(3)))
                .list();
    }

    /** The worker's months, oldest first, over the last {@code months} months (in whichever team they were). */
    @Transactional(readOnly = true)
    public List<Point> ofWorker(String username, int months) {
        return jdbc.sql("""
                select snapshot_month, sum(children), sum(weighted) from caseload_snapshot
                where worker_username = :worker and snapshot_month >= :since group by snapshot_month order by snapshot_month""")
                .param("worker", username).param("since", since(months))
                .query((rs, n) -> new Point(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getBigDecimal(3)))
                .list();
    }

    private LocalDate since(int months) {
        return YearMonth.now(clock).minusMonths(months - 1L).atDay(1);
    }

    private void write(LocalDate month, UUID team, String worker, int children, BigDecimal weighted) {
        String who = worker == null ? "worker_username is null" : "worker_username = :worker";
        JdbcClient.StatementSpec update = jdbc.sql("update caseload_snapshot set children = :children, weighted = :weighted,"
                + " taken_at = :at, version = version + 1 where snapshot_month = :month and team_id = :team and " + who)
                .param("children", children).param("weighted", weighted).param("at", java.sql.Timestamp.from(clock.instant()))
                .param("month", month).param("team", team);
        if (worker != null) {
            update = update.param("worker", worker);
        }
        if (update.update() == 0) {
            jdbc.sql("""
                    insert into caseload_snapshot (id, snapshot_month, team_id, worker_username, children, weighted, taken_at, version)
                    values (:id, :month, :team, :worker, :children, :weighted, :at, 0)""")
                    .param("id", Ids.next()).param("month", month).param("team", team).param("worker", worker)
                    .param("children", children).param("weighted", weighted)
                    .param("at", java.sql.Timestamp.from(clock.instant())).update();
        }
    }
}
