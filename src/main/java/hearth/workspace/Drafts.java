package hearth.workspace;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typed work kept on the server as the user types, so a timeout or a lost connection loses nothing.
 * A form's handler discards the draft once the form is saved.
 */
@Service
public class Drafts {

    public record Draft(Instant savedAt, String json) {
    }

    static final int MAX_CONTENT = 200_000;
    private final JdbcClient jdbc;
    private final Clock clock;

    Drafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void save(String username, String formKey, String json) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update form_draft set content = :content, saved_at = :at where username = :u and form_key = :k")
                .param("content", json).param("at", now).param("u", username).param("k", formKey).update();
        if (updated == 0) {
            jdbc.sql("insert into form_draft (username, form_key, saved_at, content) values (:u, :k, :at, :content)")
                    .param("content", json).param("at", now).param("u", username).param("k", formKey).update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(String username, String formKey) {
        return jdbc.sql("select saved_at, content from form_draft where username = :u and form_key = :k")
                .param("u", username).param("k", formKey)
                .query((rs, n) -> new Draft(rs.getTimestamp(1).toInstant(), rs.getString(2))).optional();
    }

    @Transactional
    public void discard(String username, String formKey) {
        jdbc.sql("delete from form_draft where username = :u and form_key = :k")
                .param("u", username).param("k", formKey).update();
    }
}
