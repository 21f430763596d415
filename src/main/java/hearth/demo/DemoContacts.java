package hearth.demo;

import hearth.frontdoor.Consent;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.PartnerAgency;
import hearth.frontdoor.ThresholdDecision;
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

    static ReferralSource source(Random random) {
        return SOURCES.get(random.nextInt(SOURCES.size()));
    }

    static String referrer(ReferralSource source, Random random) {
        return source == ReferralSource.S9 ? "Anonymous" : "Referrer " + (1 + random.nextInt(900));
    }

    static String phone(ReferralSource source, Random random) {
        return source == ReferralSource.S9 ? "Not given" : "0118 " + (900_0000 + random.nextInt(99_9999));
    }

    static String concern(Random random) {
        return CONCERNS.get(random.nextInt(CONCERNS.size()));
    }

    static String rationale(ThresholdDecision decision) {
        return switch (decision) {
            case NO_FURTHER_ACTION -> "No role for children's services on what is known; the referrer is advised.";
            case INFORMATION_AND_ADVICE -> "Universal services can meet the need; advice given to the family and school.";
            case EARLY_HELP -> "Needs are below the threshold for social care; the family agrees to family help.";
            case REFERRAL -> "The child may be in need: a child and family assessment is needed.";
            case STRATEGY_DISCUSSION -> "Reasonable cause to suspect significant harm: a strategy discussion is needed today.";
        };
    }

    static String partner(PartnerAgency agency) {
        return switch (agency) {
            case POLICE -> "MASH police researcher, Thames Valley Police";
            case HEALTH -> "Safeguarding nurse, Royal Berkshire Hospital";
            case EDUCATION -> "Designated safeguarding lead, the child's school";
            default -> "Duty officer";
        };
    }

    static String partnerAnswer(PartnerAgency agency, Random random) {
        List<String> answers = switch (agency) {
            case POLICE -> List.of("Two domestic incidents at the address in the last year; no arrests.",
                    "Nothing known to police about the household.", "Mother's partner has a caution for assault (2021).");
            case HEALTH -> List.of("Immunisations up to date; missed two health visitor appointments.",
                    "One A&E attendance in March with a minor head injury; explanation consistent.", "Nothing of concern known.");
            default -> List.of("Attendance 87% this year; the child is often hungry and tired.",
                    "No concerns at school; attendance good.", "The child has an EHC plan; recent change in behaviour noticed.");
        };
        return answers.get(random.nextInt(answers.size()));
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
