package hearth.carehealth;

import java.time.Instant;
import java.util.UUID;

/** A health, education or advocacy record was voided (recorded in error) with a reason; it is kept. */
public record CareHealthRecordVoided(UUID childId, UUID recordId, CareHealthKind kind, String reason,
        String voidedBy, Instant voidedAt) {
}
