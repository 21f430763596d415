package hearth.childinneed;

import hearth.assessment.AssessmentAuthorised;
import hearth.assessment.AssessmentOutcome;
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
import hearth.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the children in need tests need from other contexts: a referral made through the front door by a manager,
 * an authorised assessment (published as the assessment context will publish it), and acting as a user.
 */
class CinJourney {

    private final Fixtures fx;
    private final FrontDoor frontDoor;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CinJourney(ApplicationContext context, Fixtures fx) {
        this.fx = fx;
        this.frontDoor = context.getBean(FrontDoor.class);
        this.events = context;
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.clock = context.getBean(Clock.class);
    }

    /** A contact received an hour ago, decided a referral by {@code manager}. */
    ReferralView referral(UUID childId, String manager, ReferralSource source) {
        return as(manager, () -> {
            ContactView recorded = frontDoor.record(new NewContact(childId, clock.instant().minus(Duration.ofHours(1)),
                    source, "PC Dixon", "101", "Found alone at night", true, Consent.GIVEN, false, null,
                    RiskRating.MEDIUM));
            ContactView contact = frontDoor.find(recorded.id()).orElseThrow();
            return frontDoor.decide(contact.id(), contact.version(), ThresholdDecision.REFERRAL,
                    "Meets the threshold for an assessment").orElseThrow();
        });
    }

    /** The assessment context's event, published in a transaction as it will be. */
    UUID assessmentAuthorised(UUID childId, UUID referralId, LocalDate start, LocalDate completed,
            AssessmentOutcome outcome, String manager) {
        UUID assessmentId = Ids.next();
        transaction.executeWithoutResult(s -> events.publishEvent(new AssessmentAuthorised(childId, assessmentId,
                referralId, start, completed, outcome, manager)));
        return assessmentId;
    }

    /** Publishes another context's event in a transaction, as that context would. */
    void publish(Object event) {
        transaction.executeWithoutResult(s -> events.publishEvent(event));
    }

    /** Runs {@code work} signed in as {@code username}. */
    <T> T as(String username, Supplier<T> work) {
        HearthUser user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
