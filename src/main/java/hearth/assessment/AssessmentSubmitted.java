package hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** The author submitted the completed assessment for a manager's authorisation. */
public record AssessmentSubmitted(UUID childId, UUID assessmentId, AssessmentOutcome outcome, LocalDate completedOn,
        String submittedBy) {
}
