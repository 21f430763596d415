package hearth.inspection.domain;

import hearth.inspection.SelfEvaluationSection;
import hearth.inspection.SelfEvaluationView;
import hearth.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * The self-evaluation's revisions. Nothing is updated: each save adds the next revision, and a save that did not
 * start from the latest revision is refused (the unique revision number settles two saves at once).
 */
@Repository
public class SelfEvaluationStore {

    private final JdbcClient jdbc;

    SelfEvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SelfEvaluationView> latest() {
        return jdbc.sql("select * from self_evaluation_revision order by revision desc limit 1")
                .query(SelfEvaluationStore::row).optional();
    }

    public List<SelfEvaluationView> revisions() {
        return jdbc.sql("select * from self_evaluation_revision order by revision desc")
                .query(SelfEvaluationStore::row).list();
    }

    public int save(int startedFrom, Map<SelfEvaluationSection, String> sections, String by, Instant at) {
        int current = latest().map(SelfEvaluationView::revision).orElse(0);
        if (current != startedFrom) {
            throw new ObjectOptimisticLockingFailureException("self-evaluation", startedFrom);
        }
        int next = current + 1;
        try {
            jdbc.sql("insert into self_evaluation_revision (id, revision, overall, leaders, help_and_protection, "
                    + "children_in_care, care_leavers, saved_by, saved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(Ids.next(), next, sections.get(SelfEvaluationSection.OVERALL),
                            sections.get(SelfEvaluationSection.LEADERS),
                            sections.get(SelfEvaluationSection.HELP_AND_PROTECTION),
                            sections.get(SelfEvaluationSection.CHILDREN_IN_CARE),
                            sections.get(SelfEvaluationSection.CARE_LEAVERS), by, Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ObjectOptimisticLockingFailureException("self-evaluation", startedFrom);
        }
        return next;
    }

    private static SelfEvaluationView row(ResultSet rs, int n) throws SQLException {
        Map<SelfEvaluationSection, String> sections = new EnumMap<>(SelfEvaluationSection.class);
        sections.put(SelfEvaluationSection.OVERALL, rs.getString("overall"));
        sections.put(SelfEvaluationSection.LEADERS, rs.getString("leaders"));
        sections.put(SelfEvaluationSection.HELP_AND_PROTECTION, rs.getString("help_and_protection"));
        sections.put(SelfEvaluationSection.CHILDREN_IN_CARE, rs.getString("children_in_care"));
        sections.put(SelfEvaluationSection.CARE_LEAVERS, rs.getString("care_leavers"));
        return new SelfEvaluationView(rs.getInt("revision"), sections, rs.getString("saved_by"),
                rs.getTimestamp("saved_at").toInstant());
    }
}
