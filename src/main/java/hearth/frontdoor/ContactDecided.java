package hearth.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A manager made the threshold decision on a contact. */
public record ContactDecided(UUID childId, UUID contactId, ThresholdDecision decision, String decidedBy,
        Instant decidedAt) {
}
