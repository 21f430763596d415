package hearth.assessment;

import hearth.frontdoor.ReferralMade;
import hearth.workforce.ChildAllocated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reactions to other contexts, in the same transaction (the data generator pins the clock per thread): a
 * referral creates the child's assessment, an allocation to a worker starts the first-visit clock.
 */
@Component
class AssessmentListeners {

    private final Assessments assessments;

    AssessmentListeners(Assessments assessments) {
        this.assessments = assessments;
    }

    @EventListener
    void on(ReferralMade referral) {
        assessments.createForReferral(referral.childId(), referral.referralId(), referral.date());
    }

    @EventListener
    void on(ChildAllocated allocated) {
        assessments.childAllocated(allocated.childId(), allocated.workerUsername(), allocated.from());
    }
}
