package hearth.notifications;

import hearth.shared.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published API: alert a user, and read and clear a user's alerts. */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void notify(String username, UUID subjectId, String messageKey, String detail, String link) {
        jdbc.sql("""
                insert into user_notification (id, username, created_at, subject_id, message_key, detail, link)
                values (:id, :username, :at, :subject, :key, :detail, :link)""")
                .param("id", Ids.next()).param("username", username).param("at", Timestamp.from(clock.instant()))
                .param("subject", subjectId).param("key", messageKey)
                .param("detail", detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000))
                .param("link", link).update();
    }

    @Transactional(readOnly = true)
    public List<Notification> recent(String username, int limit) {
        return jdbc.sql("""
                select id, created_at, subject_id, message_key, detail, link, read_at from user_notification
                where username = :username order by created_at desc limit :limit""")
                .param("username", username).param("limit", limit)
                .query((rs, n) -> new Notification(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return jdbc.sql("select count(*) from user_notification where username = :username and read_at is null")
                .param("username", username).query(Long.class).single();
    }

    @Transactional
    public void markAllRead(String username) {
        jdbc.sql("update user_notification set read_at = :now where username = :username and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("username", username).update();
    }
}
