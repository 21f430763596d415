package hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** A missing or away child returned or was found; the 72 hour return interview clock starts. */
public record ChildReturnedFromMissing(UUID childId, UUID episodeId, MissingKind kind, boolean fromCare,
        Instant endedAt, String whereFound) {
}
