package hearth.demo;

import hearth.frontdoor.Consent;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.RiskRating;
import hearth.people.PersonSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Contacts that came in over the last few days and await a manager's decision, recorded through the front
 * door's API, so the demo's front-door list and My work show the decision clock running (some of it late).
 */
@Component
class DemoContacts {

    private static final List<ReferralSource> SOURCES = List.of(ReferralSource.S6, ReferralSource.S6,
            ReferralSource.S6, ReferralSource.S2A, ReferralSource.S2A, ReferralSource.S3B, ReferralSource.S1A,
            ReferralSource.S4, ReferralSource.S9);
    private static final List<String> CONCERNS = List.of(
            "Police attended a domestic incident at the home last night; the child was present and upset.",
            "The child arrived at school hungry and with bruising to the upper arm, and would not say how it happened.",
            "Health visitor concerned about the home conditions and the baby's weight since the last visit.",
            "A neighbour reports the children are often left alone in the evenings.",
            "The child told a teacher they are frightened of mum's new partner.",
            "Anonymous caller worried about shouting and a child crying late at night.");

    private final FrontDoor frontDoor;
    private final Clock clock;

    DemoContacts(FrontDoor frontDoor, Clock clock) {
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    void recent(PersonSummary child, Random random) {
        ReferralSource source = SOURCES.get(random.nextInt(SOURCES.size()));
        boolean sought = source != ReferralSource.S9 && random.nextInt(4) > 0;
        frontDoor.record(new NewContact(child.id(), clock.instant().minus(Duration.ofMinutes(30 + random.nextInt(4 * 24 * 60))),
                source, source == ReferralSource.S9 ? "Anonymous" : "Referrer " + (1 + random.nextInt(900)),
                source == ReferralSource.S9 ? "Not given" : "0118 " + (900_0000 + random.nextInt(99_9999)),
                CONCERNS.get(random.nextInt(CONCERNS.size())), sought, sought ? Consent.GIVEN : Consent.NOT_SOUGHT,
                false, null, RiskRating.values()[random.nextInt(RiskRating.values().length)]));
    }
}
