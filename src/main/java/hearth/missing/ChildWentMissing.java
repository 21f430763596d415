package hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** A child went missing or away, from care or from home. */
public record ChildWentMissing(UUID childId, UUID episodeId, MissingKind kind, boolean fromCare, Instant startedAt,
        boolean reportedToPolice) {
}
