package hearth.chronology;

import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.security.HearthUser;
import hearth.support.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helper: contacts and referrals through the front door's published API, and calls as a signed-in user. */
class ChronologyJourney {

    static final String CONCERN = "Bruising seen on the child's arm at school";
    private final FrontDoor frontDoor;
    private final Fixtures fx;

    ChronologyJourney(ApplicationContext context, Fixtures fx) {
        this.frontDoor = context.getBean(FrontDoor.class);
        this.fx = fx;
    }

    /** A contact about the child (and siblings recorded together with it), received at the time given. */
    List<ContactView> contact(String username, UUID childId, Instant receivedAt, List<UUID> siblings) {
        return as(username, () -> frontDoor.recordTogether(new NewContact(childId, receivedAt, ReferralSource.S2A,
                "Ms Head, Oak School", "0118 496 0000", CONCERN, false, Consent.NOT_SOUGHT, false, null,
                RiskRating.MEDIUM), siblings));
    }

    /** The manager's referral decision on the contact. */
    ReferralView referral(String manager, UUID contactId) {
        return as(manager, () -> {
            long version = frontDoor.find(contactId).orElseThrow().version();
            return frontDoor.decide(contactId, version, ThresholdDecision.REFERRAL, "Needs an assessment")
                    .orElseThrow();
        });
    }

    <T> T as(String username, Supplier<T> work) {
        HearthUser user = fx.signedIn(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
