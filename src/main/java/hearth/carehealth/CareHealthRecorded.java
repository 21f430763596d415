package hearth.carehealth;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A looked after child's health, education or advocacy record was made: {@code kind} on {@code date}, done by
 * {@code byWhom}; {@code outcome} is null for kinds without one, {@code score} is the SDQ score (SDQ only).
 */
public record CareHealthRecorded(UUID childId, UUID recordId, CareHealthKind kind, LocalDate date, String byWhom,
        CareHealthOutcome outcome, Integer score, String recordedBy) {
}
