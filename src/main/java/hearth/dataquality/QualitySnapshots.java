package hearth.dataquality;

import hearth.shared.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored counts of findings: one run (a date, when and by whom) and one row per rule and team. Rows are only
 * added; the trend reads the latest run of each day.
 */
@Component
class QualitySnapshots {

    /** A count from one run: the day, the rule, the team (null: not allocated) and how many findings. */
    record Count(LocalDate takenOn, String rule, UUID teamId, String teamName, int findings) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    QualitySnapshots(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void store(LocalDate on, String by, List<Count> counts) {
        UUID run = Ids.next();
        jdbc.sql("insert into dq_run (id, taken_on, taken_at, taken_by) values (:id, :on, :at, :by)")
                .param("id", run).param("on", on).param("at", Timestamp.from(clock.instant())).param("by", by)
                .update();
        for (Count c : counts) {
            jdbc.sql("insert into dq_count (id, run_id, rule, team_id, team_name, findings) values (:id, :run, :rule,"
                            + " :team, :name, :n)")
                    .param("id", Ids.next()).param("run", run).param("rule", c.rule()).param("team", c.teamId())
                    .param("name", c.teamName()).param("n", c.findings()).update();
        }
    }

    /** The counts of the latest run of each day since {@code from}, for the teams given (null: every team). */
    @Transactional(readOnly = true)
    List<Count> since(LocalDate from, Collection<UUID> teams) {
        List<Count> all = jdbc.sql("select r.taken_on, c.rule, c.team_id, c.team_name, c.findings from dq_count c"
                        + " join dq_run r on r.id = c.run_id where r.taken_on >= :from and r.taken_at ="
                        + " (select max(l.taken_at) from dq_run l where l.taken_on = r.taken_on)"
                        + " order by r.taken_on, c.rule")
                .param("from", from)
                .query((rs, n) -> new Count(rs.getObject("taken_on", LocalDate.class), rs.getString("rule"),
                        rs.getObject("team_id", UUID.class), rs.getString("team_name"), rs.getInt("findings")))
                .list();
        return teams == null ? all : all.stream().filter(c -> c.teamId() != null && teams.contains(c.teamId()))
                .toList();
    }
}
