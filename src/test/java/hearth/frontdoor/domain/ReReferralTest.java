package hearth.frontdoor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.frontdoor.Consent;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReReferralTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void withinTwelveMonthsOfThePreviousReferralIsAReReferral() {
        assertThat(Referral.isReReferral(null, DAY)).isFalse();
        assertThat(Referral.isReReferral(DAY, DAY)).isTrue();
        assertThat(Referral.isReReferral(LocalDate.of(2025, 11, 22), DAY)).isTrue();
        assertThat(Referral.isReReferral(LocalDate.of(2025, 11, 21), DAY)).isFalse();
        assertThat(Referral.isReReferral(DAY.minusMonths(13), DAY)).isFalse();
    }

    @Test
    void aReReferralKeepsThePreviousDateAndAFirstReferralHasNone() {
        UUID child = UUID.randomUUID();
        Referral again = new Referral(child, UUID.randomUUID(), DAY, ReferralSource.S2A, DAY.minusMonths(3), Instant.now());
        assertThat(again.view().previousDate()).isEqualTo(DAY.minusMonths(3));
        Referral later = new Referral(child, UUID.randomUUID(), DAY, ReferralSource.S2A, DAY.minusMonths(13), Instant.now());
        assertThat(later.view().reReferral()).isFalse();
        assertThat(later.view().previousDate()).isNull();
    }

    @Test
    void aReferralWithinTheAlertWindowOfTheLastClosureIsSoonAfterIt() {
        Referral referral = new Referral(UUID.randomUUID(), UUID.randomUUID(), DAY, ReferralSource.S6, null,
                Instant.now());
        assertThat(referral.soonAfterClosure(java.time.Period.ofMonths(3))).isFalse();
        referral.followsClosure(DAY.minusMonths(3), "RC7", "tm.closer");
        assertThat(referral.soonAfterClosure(java.time.Period.ofMonths(3))).isTrue();
        assertThat(referral.view().previousClosureReason()).isEqualTo("RC7");
        assertThat(referral.view().previousClosureBy()).isEqualTo("tm.closer");
        referral.followsClosure(DAY.minusMonths(3).minusDays(1), "RC8", "tm.closer");
        assertThat(referral.soonAfterClosure(java.time.Period.ofMonths(3))).isFalse();
        assertThatThrownBy(() -> referral.followsClosure(DAY.plusDays(1), "RC8", "tm.closer"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContactIsDecidedOnceAndAnOverrideNeedsARationale() {
        NewContact base = new NewContact(UUID.randomUUID(), Instant.now(), ReferralSource.S6, "PC Dixon", "101",
                "Concern", true, Consent.REFUSED, true, " ", RiskRating.HIGH);
        assertThatThrownBy(() -> new Contact(base, "sw", Instant.now())).isInstanceOf(IllegalArgumentException.class);
        Contact contact = new Contact(new NewContact(base.childId(), base.receivedAt(), base.source(), "PC Dixon",
                "101", "Concern", true, Consent.REFUSED, true, "Risk of harm if parents told", RiskRating.HIGH),
                "sw", Instant.now());
        contact.decide(ThresholdDecision.REFERRAL, "Meets threshold", "tm", Instant.now());
        assertThatThrownBy(() -> contact.decide(ThresholdDecision.EARLY_HELP, "Again", "tm", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }
}
