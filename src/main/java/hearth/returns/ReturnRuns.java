package hearth.returns;

import hearth.shared.Ids;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit of return production: every export and every validation run (command line, returns page, data quality
 * page, nightly check) is recorded here with who, when, which return, the period, the files and the counts, and
 * listed on the returns page. Rows are only ever added.
 */
@Service
public class ReturnRuns {

    /** How the run was started. */
    public enum Via { COMMAND, PAGE, DATA_QUALITY, SCHEDULE }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReturnRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A return written (or failed: {@code outcome} says why). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void exported(String returnName, String period, List<Path> files, Integer children, String outcome,
            Via via, String runBy) {
        insert("EXPORT", returnName, period, files, children, null, null, outcome, via, runBy);
    }

    /** The DfE rules run over a file or over the live data. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void validated(String returnName, String period, List<Path> files, List<ReturnValidation.Finding> findings,
            Via via, String runBy) {
        int errors = (int) findings.stream().filter(ReturnValidation.Finding::error).count();
        insert("VALIDATE", returnName, period, files, null, errors, findings.size() - errors, null, via, runBy);
    }

    /** The latest runs, newest first. */
    @Transactional(readOnly = true)
    public List<ReturnRunView> recent(int limit) {
        return jdbc.sql("select kind, return_name, period, files, children, errors, queries, outcome, via, run_by,"
                        + " run_at from return_run order by run_at desc fetch first " + Math.max(1, limit) + " rows only")
                .query((rs, n) -> new ReturnRunView(rs.getString("kind"), rs.getString("return_name"),
                        rs.getString("period"), rs.getString("files") == null || rs.getString("files").isEmpty()
                                ? List.of() : Arrays.asList(rs.getString("files").split("\n")),
                        (Integer) rs.getObject("children"), (Integer) rs.getObject("errors"),
                        (Integer) rs.getObject("queries"), rs.getString("outcome"), rs.getString("via"),
                        rs.getString("run_by"), rs.getTimestamp("run_at").toInstant()))
                .list();
    }

    private void insert(String kind, String returnName, String period, List<Path> files, Integer children,
            Integer errors, Integer queries, String outcome, Via via, String runBy) {
        Instant now = clock.instant();
        jdbc.sql("insert into return_run (id, kind, return_name, period, files, children, errors, queries, outcome,"
                        + " via, run_by, run_at) values (:id, :kind, :name, :period, :files, :children, :errors,"
                        + " :queries, :outcome, :via, :by, :at)")
                .param("id", Ids.next()).param("kind", kind).param("name", returnName)
                .param("period", period)
                .param("files", String.join("\n", files.stream().map(p -> p.getFileName() == null ? p.toString()
                        : p.getFileName().toString()).toList()))
                .param("children", children).param("errors", errors).param("queries", queries)
                .param("outcome", outcome == null ? null : outcome.length() > 2000 ? outcome.substring(0, 2000)
                        : outcome)
                .param("via", via.name()).param("by", runBy == null ? "system" : runBy)
                .param("at", java.sql.Timestamp.from(now))
                .update();
    }
}
