package hearth.audit;

import hearth.shared.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Published API: record and read who saw which child's record. */
@Service
public class AuditTrail {

    private static final int MAX_WHAT = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void viewed(UUID subjectId, String what) {
        write(AccessAction.VIEWED, subjectId, what);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(UUID subjectId, String what) {
        write(AccessAction.REFUSED, subjectId, what);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void brokeGlass(UUID subjectId, String reason) {
        write(AccessAction.BROKE_GLASS, subjectId, reason);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void exported(UUID subjectId, String what) {
        write(AccessAction.EXPORTED, subjectId, what);
    }

    /** A search: its terms once, then each child it showed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void searched(String terms, Collection<UUID> shown) {
        write(AccessAction.SEARCHED, null, terms + " (" + shown.size() + " shown)");
        shown.forEach(id -> write(AccessAction.SHOWN_IN_SEARCH, id, "search"));
    }

    @Transactional(readOnly = true)
    public List<AccessRecord> accessTo(UUID subjectId, int limit) {
        return jdbc.sql("""
                select occurred_at, username, action, subject_id, what, client_address
                from access_log where subject_id = :subject order by occurred_at desc limit :limit""")
                .param("subject", subjectId).param("limit", limit)
                .query((rs, n) -> new AccessRecord(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        AccessAction.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    @Transactional(readOnly = true)
    public long count(AccessAction action, String username) {
        return jdbc.sql("select count(*) from access_log where action = :action and username = :username")
                .param("action", action.name()).param("username", username).query(Long.class).single();
    }

    private void write(AccessAction action, UUID subjectId, String what) {
        String text = what == null ? null : what.length() > MAX_WHAT ? what.substring(0, MAX_WHAT) : what;
        jdbc.sql("""
                insert into access_log (id, occurred_at, username, action, subject_id, what, client_address)
                values (:id, :at, :username, :action, :subject, :what, :address)""")
                .param("id", Ids.next()).param("at", Timestamp.from(clock.instant()))
                .param("username", Actor.username()).param("action", action.name())
                .param("subject", subjectId).param("what", text).param("address", Actor.clientAddress())
                .update();
    }
}
