package hearth.fostering;

import java.time.LocalDate;
import java.util.UUID;

/** A connected person's temporary approval ended on {@code endedOn} with {@code outcome}. */
public record ConnectedPersonApprovalEnded(UUID childId, UUID approvalId, String carerName, KinshipOutcome outcome,
        LocalDate endedOn, String recordedBy) {
}
