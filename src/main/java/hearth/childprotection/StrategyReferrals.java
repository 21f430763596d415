package hearth.childprotection;

import hearth.childprotection.domain.StrategyDiscussion;
import hearth.childprotection.domain.StrategyDiscussionRepository;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Links the referral a strategy-discussion decision made to the discussion it is waiting for. */
@Component
class StrategyReferrals {

    private final StrategyDiscussionRepository discussions;

    StrategyReferrals(StrategyDiscussionRepository discussions) {
        this.discussions = discussions;
    }

    @Transactional
    void link(UUID childId, UUID referralId) {
        discussions.findByChildIdAndVoidedFalseOrderByConcernAtDesc(childId).stream()
                .filter(d -> !d.isHeld() && d.getTrigger() == StrategyTrigger.CONTACT && d.getReferralId() == null)
                .findFirst().ifPresent(d -> d.madeReferral(referralId));
    }
}
