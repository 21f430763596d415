package hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** An episode was recorded in error and voided. */
public record MissingEpisodeVoided(UUID childId, UUID episodeId, Instant voidedAt, String reason) {
}
