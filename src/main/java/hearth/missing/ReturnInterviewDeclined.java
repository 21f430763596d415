package hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** The child declined the return interview offered. */
public record ReturnInterviewDeclined(UUID childId, UUID episodeId, Instant declinedAt) {
}
