package hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** The worker recorded the assessment's actual start date. */
public record AssessmentStarted(UUID childId, UUID assessmentId, UUID referralId, LocalDate startDate,
        String startedBy) {
}
