package hearth.casesummary.domain;

import hearth.casesummary.RevisionView;
import hearth.casesummary.SummarySection;
import hearth.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * The case summaries and every revision of them. An edit or review names the version the worker saw; a stale one is
 * refused. Revisions are only ever added.
 */
@Repository
public class SummaryStore {

    private static final Map<SummarySection, String> COLUMNS = Map.of(
            SummarySection.WHO_THE_CHILD_IS, "who_the_child_is", SummarySection.WHY_INVOLVED, "why_involved",
            SummarySection.PLAN_AND_RISKS, "plan_and_risks", SummarySection.CHILD_SAYS, "child_says");
    private static final String REVIEWED = "REVIEWED";
    private final JdbcClient jdbc;

    SummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored summary row. */
    public record Row(UUID id, UUID childId, Map<SummarySection, String> sections, Instant lastReviewedAt,
            String lastReviewedBy, Instant createdAt, long version) {
    }

    public Optional<Row> forChild(UUID childId) {
        return jdbc.sql("select * from case_summary where child_id = ?").param(childId).query(SummaryStore::row)
                .optional();
    }

    public List<Row> forChildren(List<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from case_summary where child_id in (:ids)").param("ids", childIds)
                .query(SummaryStore::row).list();
    }

    /** The children whose summary has been reviewed at least once. */
    public List<UUID> reviewedChildren() {
        return jdbc.sql("select child_id from case_summary where last_reviewed_at is not null").query(UUID.class)
                .list();
    }

    /** Creates the child's (empty) summary; answers it. */
    public Row create(UUID childId, Instant at) {
        jdbc.sql("insert into case_summary (id, child_id, created_at, version) values (?, ?, ?, 0)")
                .params(Ids.next(), childId, Timestamp.from(at)).update();
        return forChild(childId).orElseThrow();
    }

    public void saveSection(Row summary, long seenVersion, SummarySection section, String body, String by,
            Instant at) {
        int changed = jdbc.sql("update case_summary set " + COLUMNS.get(section)
                + " = ?, version = version + 1 where id = ? and version = ?")
                .params(body, summary.id(), seenVersion).update();
        refuseIfStale(changed, summary.id());
        revision(summary.id(), section.name(), body, by, at);
    }

    public void markReviewed(Row summary, long seenVersion, String by, Instant at) {
        int changed = jdbc.sql("update case_summary set last_reviewed_at = ?, last_reviewed_by = ?, "
                + "version = version + 1 where id = ? and version = ?")
                .params(Timestamp.from(at), by, summary.id(), seenVersion).update();
        refuseIfStale(changed, summary.id());
        revision(summary.id(), REVIEWED, null, by, at);
    }

    public List<RevisionView> revisions(UUID summaryId) {
        return jdbc.sql("select * from case_summary_revision where summary_id = ? order by revised_at desc, id")
                .param(summaryId)
                .query((rs, n) -> new RevisionView(REVIEWED.equals(rs.getString("section")) ? null
                        : SummarySection.valueOf(rs.getString("section")), rs.getString("body"),
                        rs.getString("revised_by"), rs.getTimestamp("revised_at").toInstant()))
                .list();
    }

    private void revision(UUID summaryId, String section, String body, String by, Instant at) {
        jdbc.sql("insert into case_summary_revision (id, summary_id, section, body, revised_by, revised_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(Ids.next(), summaryId, section, body, by, Timestamp.from(at))
                .update();
    }

    private static void refuseIfStale(int changed, UUID id) {
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("case summary", id);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        for (Map.Entry<SummarySection, String> c : COLUMNS.entrySet()) {
            String text = rs.getString(c.getValue());
            if (text != null && !text.isBlank()) {
                sections.put(c.getKey(), text);
            }
        }
        Timestamp reviewed = rs.getTimestamp("last_reviewed_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), sections,
                reviewed == null ? null : reviewed.toInstant(), rs.getString("last_reviewed_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }
}
