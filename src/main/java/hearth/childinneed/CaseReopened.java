package hearth.childinneed;

import java.time.Instant;
import java.util.UUID;

/** A manager reopened a closed episode of need; the closure it undid is kept, marked reopened. */
public record CaseReopened(UUID childId, UUID episodeId, UUID closureId, String reason, String reopenedBy,
        Instant reopenedAt) {
}
