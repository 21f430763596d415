package hearth.recording;

import java.time.Instant;
import java.util.UUID;

/** An addition to a finalised note: why, what, who and when. */
public record AddendumView(UUID id, String reason, String body, String addedBy, Instant addedAt) {
}
