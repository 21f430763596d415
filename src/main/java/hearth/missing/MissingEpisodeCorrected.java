package hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** An episode's facts were corrected; the history keeps what they were. */
public record MissingEpisodeCorrected(UUID childId, UUID episodeId, Instant correctedAt, String reason) {
}
