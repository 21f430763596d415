package hearth.inspection.domain;

import hearth.inspection.ActionDetails;
import hearth.inspection.ActionRevision;
import hearth.inspection.ImprovementStatus;
import hearth.inspection.ImprovementActionView;
import hearth.shared.Ids;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * Improvement actions. Every save names the version the user saw and is copied to the action's history; a measure
 * link taken off is kept with who took it off.
 */
@Repository
public class ActionStore {

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID pointId, ActionDetails details, String by, Instant at) {
        UUID id = Ids.next();
        jdbc.sql("insert into improvement_action (id, point_id, title, owner, due_date, status, evidence, updated_by, "
                + "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, pointId, details.title(), details.owner(), Date.valueOf(details.dueDate()),
                        details.status().name(), details.evidence(), by, Timestamp.from(at))
                .update();
        history(id, details, by, at);
        return id;
    }

    public void update(UUID id, long seenVersion, ActionDetails details, String by, Instant at) {
        int changed = jdbc.sql("update improvement_action set title = ?, owner = ?, due_date = ?, status = ?, "
                + "evidence = ?, updated_by = ?, updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(details.title(), details.owner(), Date.valueOf(details.dueDate()), details.status().name(),
                        details.evidence(), by, Timestamp.from(at), id, seenVersion)
                .update();
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("improvement action", id);
        }
        history(id, details, by, at);
    }

    /** Links a measure unless it is linked already; answers whether it linked it. */
    public boolean link(UUID actionId, String measureId, String by, Instant at) {
        if (linked(actionId).contains(measureId)) {
            return false;
        }
        jdbc.sql("insert into improvement_action_measure (id, action_id, measure_id, linked_by, linked_at) "
                + "values (?, ?, ?, ?, ?)").params(Ids.next(), actionId, measureId, by, Timestamp.from(at)).update();
        return true;
    }

    public void unlink(UUID actionId, String measureId, String by, Instant at) {
        jdbc.sql("update improvement_action_measure set unlinked_by = ?, unlinked_at = ? "
                + "where action_id = ? and measure_id = ? and unlinked_at is null")
                .params(by, Timestamp.from(at), actionId, measureId).update();
    }

    public Optional<ImprovementActionView> find(UUID id) {
        return jdbc.sql("select * from improvement_action where id = ?").param(id).query(this::row).optional();
    }

    public List<ImprovementActionView> forPoint(UUID pointId) {
        return jdbc.sql("select * from improvement_action where point_id = ? order by due_date, updated_at")
                .param(pointId).query(this::row).list();
    }

    public List<ActionRevision> revisions(UUID actionId) {
        return jdbc.sql("select * from improvement_action_history where action_id = ? order by changed_at desc")
                .param(actionId)
                .query((rs, n) -> new ActionRevision(rs.getString("title"), rs.getString("owner"),
                        rs.getDate("due_date").toLocalDate(), ImprovementStatus.valueOf(rs.getString("status")),
                        rs.getString("evidence"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private List<String> linked(UUID actionId) {
        return jdbc.sql("select measure_id from improvement_action_measure where action_id = ? and unlinked_at is null "
                + "order by linked_at").param(actionId).query(String.class).list();
    }

    private void history(UUID id, ActionDetails details, String by, Instant at) {
        jdbc.sql("insert into improvement_action_history (id, action_id, title, owner, due_date, status, evidence, "
                + "changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.next(), id, details.title(), details.owner(), Date.valueOf(details.dueDate()),
                        details.status().name(), details.evidence(), by, Timestamp.from(at))
                .update();
    }

    private ImprovementActionView row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new ImprovementActionView(id, rs.getObject("point_id", UUID.class), rs.getString("title"),
                rs.getString("owner"), rs.getDate("due_date").toLocalDate(),
                ImprovementStatus.valueOf(rs.getString("status")), rs.getString("evidence"), linked(id),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }
}
