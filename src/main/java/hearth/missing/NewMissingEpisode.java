package hearth.missing;

import java.time.Instant;
import java.util.UUID;

/** A child reported missing or away: when, the circumstances, and whether the police were told (with their reference). */
public record NewMissingEpisode(UUID childId, MissingKind kind, Instant startedAt, String circumstances,
        boolean reportedToPolice, String policeReference) {
}
