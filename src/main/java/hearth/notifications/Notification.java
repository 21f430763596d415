package hearth.notifications;

import java.time.Instant;
import java.util.UUID;

/** One alert for a user: the wording key (with its detail) and where to act on it. */
public record Notification(UUID id, Instant createdAt, UUID subjectId, String messageKey, String detail, String link,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
