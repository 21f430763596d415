package hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager who is not the author authorised a completed assessment. Children in need opens a plan on
 * CHILD_IN_NEED_PLAN, child protection an enquiry on SECTION_47_ENQUIRY, early help an episode on
 * STEP_DOWN_TO_EARLY_HELP.
 */
public record AssessmentAuthorised(UUID childId, UUID assessmentId, UUID referralId, LocalDate startDate,
        LocalDate completedOn, AssessmentOutcome outcome, String authorisedBy) {
}
