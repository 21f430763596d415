package hearth.childprotection;

import hearth.assessment.AssessmentAuthorised;
import hearth.assessment.AssessmentOutcome;
import hearth.frontdoor.ContactDecided;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.ReferralMade;
import hearth.frontdoor.ThresholdDecision;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the strategy-discussion clock when the front door decides a strategy discussion is needed, or when an
 * assessment concludes with a section 47 enquiry. Synchronous: same transaction and the thread's clock.
 */
@Component
class ChildProtectionReactions {

    private final ChildProtection childProtection;
    private final StrategyReferrals referrals;
    private final FrontDoor frontDoor;
    private final Clock clock;

    ChildProtectionReactions(ChildProtection childProtection, StrategyReferrals referrals, FrontDoor frontDoor,
            Clock clock) {
        this.childProtection = childProtection;
        this.referrals = referrals;
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    /** A child on a pre-birth plan is born: the post-birth review and visit clocks start. */
    @EventListener
    void on(hearth.people.ChildBorn born) {
        childProtection.childBorn(born.childId(), born.bornOn());
    }

    @EventListener
    void on(ContactDecided decided) {
        if (decided.decision() != ThresholdDecision.STRATEGY_DISCUSSION) {
            return;
        }
        String concern = frontDoor.find(decided.contactId()).map(ContactView::concern)
                .orElse("The front door decided a strategy discussion is needed");
        childProtection.needStrategyDiscussion(decided.childId(), StrategyTrigger.CONTACT, decided.contactId(),
                concern, decided.decidedAt());
    }

    @EventListener
    void on(ReferralMade referral) {
        referrals.link(referral.childId(), referral.referralId());
    }

    @EventListener
    void on(AssessmentAuthorised authorised) {
        if (authorised.outcome() == AssessmentOutcome.SECTION_47_ENQUIRY) {
            childProtection.needStrategyDiscussion(authorised.childId(), StrategyTrigger.ASSESSMENT,
                    authorised.assessmentId(), "The assessment concluded that a section 47 enquiry is needed",
                    clock.instant());
        }
    }
}
