package hearth.carehealth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One health, education or advocacy record as the pages and other contexts see it. */
public record CareHealthRecordView(UUID id, UUID childId, CareHealthKind kind, LocalDate date, String byWhom,
        Integer score, CareHealthOutcome outcome, String detail, Boolean interventionOffered,
        Boolean interventionReceived, String recordedBy, Instant recordedAt, boolean voided, String voidReason,
        long version) {
}
