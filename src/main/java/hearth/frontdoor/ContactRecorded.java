package hearth.frontdoor;

import java.time.Instant;
import java.util.UUID;

/** A contact about a child was recorded at the front door. */
public record ContactRecorded(UUID childId, UUID contactId, Instant receivedAt, ReferralSource source,
        String recordedBy) {
}
