package hearth.assessment;

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
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helper: a referral through the front door's published API, and calls made as a signed-in user. */
class AssessmentJourney {

    private final FrontDoor frontDoor;
    private final Assessments assessments;
    private final Fixtures fx;
    private final Clock clock;

    AssessmentJourney(ApplicationContext context, Fixtures fx) {
        this.frontDoor = context.getBean(FrontDoor.class);
        this.assessments = context.getBean(Assessments.class);
        this.clock = context.getBean(Clock.class);
        this.fx = fx;
    }

    /** A contact received an hour ago, decided as a referral by the manager; answers the assessment it made. */
    AssessmentView referral(UUID childId, String manager) {
        ReferralView referral = as(manager, () -> {
            ContactView contact = frontDoor.record(new NewContact(childId, clock.instant().minus(Duration.ofHours(1)),
                    ReferralSource.S2A, "Ms Head, Oak School", "0118 496 0000", "Bruising seen at school", false,
                    Consent.NOT_SOUGHT, false, null, RiskRating.MEDIUM));
            // record() answers the version before its obligation was attached: read the contact again
            long version = frontDoor.find(contact.id()).orElseThrow().version();
            return frontDoor.decide(contact.id(), version, ThresholdDecision.REFERRAL,
                    "Needs a child and family assessment").orElseThrow();
        });
        return assessments.forReferral(referral.id()).orElseThrow();
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
