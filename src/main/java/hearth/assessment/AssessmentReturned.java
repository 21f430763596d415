package hearth.assessment;

import java.util.UUID;

/** A manager returned a submitted assessment to its author with a reason. */
public record AssessmentReturned(UUID childId, UUID assessmentId, String reason, String returnedBy,
        String author) {
}
