package hearth.childprotection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.childprotection.AbuseCategory;
import hearth.childprotection.Attendance;
import hearth.childprotection.ConferenceDecision;
import hearth.childprotection.ConferenceKind;
import hearth.childprotection.EnquiryFindings;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.HeldStrategyDiscussion;
import hearth.childprotection.NewConference;
import hearth.childprotection.NewVisit;
import hearth.childprotection.ParentsAttendance;
import hearth.childprotection.PlanEndReason;
import hearth.childprotection.StrategyKind;
import hearth.childprotection.StrategyTrigger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The state changes each record allows, and the ones it refuses. */
class GuardsTest {

    static final Instant NOW = Instant.parse("2031-03-03T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2031-03-03");
    static final Attendance POLICE = new Attendance("DC Shaw", null, null, null, null);
    final UUID child = UUID.randomUUID();

    @Test
    void aStrategyDiscussionIsHeldOnceNotBeforeTheConcernNorInTheFutureAndNeedsSomeoneThere() {
        StrategyDiscussion d = new StrategyDiscussion(child, StrategyTrigger.OPEN_CASE, null, "Bruise",
                NOW.minusSeconds(7200), "sw", NOW);
        assertThatThrownBy(() -> d.held(held(NOW.minusSeconds(9000), POLICE), "sw", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.held(held(NOW.plusSeconds(60), POLICE), "sw", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.held(held(NOW, new Attendance(null, null, null, null, null)), "sw", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        d.held(held(NOW.minusSeconds(60), POLICE), "sw", NOW);
        assertThat(d.isHeld()).isTrue();
        assertThatThrownBy(() -> d.held(held(NOW, POLICE), "sw", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new StrategyDiscussion(child, StrategyTrigger.OPEN_CASE, null, "x",
                NOW.plusSeconds(60), "sw", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEnquiryOutcomeIsAuthorisedOnceAndNeverByItsAuthor() {
        Section47Enquiry e = new Section47Enquiry(child, UUID.randomUUID(), TODAY.minusDays(3));
        assertThatThrownBy(() -> e.authorise("tm", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> e.outcome(new EnquiryFindings(false, true, null, "f",
                EnquiryOutcome.CONFERENCE_NEEDED, null), "sw", NOW, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e.outcome(new EnquiryFindings(true, false, TODAY.minusDays(5), "f",
                EnquiryOutcome.CONFERENCE_NEEDED, null), "sw", NOW, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e.outcome(new EnquiryFindings(true, false, TODAY, "f",
                EnquiryOutcome.CONFERENCE_NOT_NEEDED, " "), "sw", NOW, TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        e.outcome(new EnquiryFindings(true, true, TODAY, "f", EnquiryOutcome.CONFERENCE_NEEDED, null), "tm", NOW,
                TODAY);
        assertThatThrownBy(() -> e.authorise("tm", NOW)).isInstanceOf(IllegalStateException.class);
        e.authorise("tm2", NOW);
        assertThatThrownBy(() -> e.authorise("tm3", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(e.view().awaitsConference()).isTrue();
    }

    @Test
    void aConferenceDecisionMustFitItsKindAndAPlanNeedsACategoryAndAnEndAReason() {
        assertThatThrownBy(() -> conference(ConferenceKind.INITIAL, ConferenceDecision.END_PLAN, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conference(ConferenceKind.INITIAL, ConferenceDecision.PLAN, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conference(ConferenceKind.REVIEW, ConferenceDecision.END_PLAN, null, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(conference(ConferenceKind.REVIEW, ConferenceDecision.END_PLAN, null, PlanEndReason.RISK_REDUCED,
                false).view().endReason()).isEqualTo(PlanEndReason.RISK_REDUCED);
        assertThatThrownBy(() -> new Conference(child, ConferenceKind.INITIAL, false, null, null, new NewConference(
                TODAY, POLICE, ParentsAttendance.BOTH_ATTENDED, "v", false, true, ConferenceDecision.NO_PLAN, null,
                null, null, null), "chair", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlanCountsEarlierPlansFlagsRepeatsWithinTwoYearsAndEndsOnce() {
        ProtectionPlan first = new ProtectionPlan(child, UUID.randomUUID(), TODAY.minusYears(3), false,
                AbuseCategory.NEG, List.of(), NOW);
        assertThatThrownBy(() -> new ProtectionPlan(child, UUID.randomUUID(), TODAY, false, AbuseCategory.PHY,
                List.of(first), NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> first.end(TODAY.minusYears(4), PlanEndReason.OTHER, false, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(first.twoYearsOrMore(TODAY)).isTrue();
        first.end(TODAY.minusYears(2).minusDays(1), PlanEndReason.RISK_REDUCED, true, "chair");
        assertThatThrownBy(() -> first.end(TODAY, PlanEndReason.OTHER, false, "x"))
                .isInstanceOf(IllegalStateException.class);
        ProtectionPlan second = new ProtectionPlan(child, UUID.randomUUID(), TODAY, false, AbuseCategory.EMO,
                List.of(first), NOW);
        assertThat(second.view(TODAY).previousPlans()).isEqualTo(1);
        assertThat(second.view(TODAY).previousWithinTwoYears()).isFalse();
        assertThat(second.view(TODAY).twoYearsOrMore()).isFalse();
        assertThat(second.view(TODAY.plusYears(2)).twoYearsOrMore()).isTrue();
        ProtectionPlan third = new ProtectionPlan(child, UUID.randomUUID(), TODAY.plusYears(3), false,
                AbuseCategory.MUL, List.of(first, ended(second, TODAY.plusYears(1))), NOW);
        assertThat(third.view(TODAY).previousPlans()).isEqualTo(2);
        assertThat(third.view(TODAY).previousWithinTwoYears()).isTrue();
    }

    @Test
    void aChildNotSeenCannotBeSeenAloneAndADisagreementResolvesOnceAfterItWasRaised() {
        assertThatThrownBy(() -> new ProtectionVisit(UUID.randomUUID(), child, new NewVisit(TODAY, false, true, "w",
                null), "sw", NOW)).isInstanceOf(IllegalArgumentException.class);
        Disagreement d = new Disagreement(child, new hearth.childprotection.NewDisagreement(TODAY, "Police, CSC",
                "Risk level", "To team managers"), "sw", NOW);
        assertThatThrownBy(() -> d.resolve(TODAY.minusDays(1), "Agreed")).isInstanceOf(IllegalArgumentException.class);
        d.resolve(TODAY, "Agreed at a professionals meeting");
        assertThatThrownBy(() -> d.resolve(TODAY, "Again")).isInstanceOf(IllegalStateException.class);
    }

    private static ProtectionPlan ended(ProtectionPlan plan, LocalDate on) {
        plan.end(on, PlanEndReason.RISK_REDUCED, false, "chair");
        return plan;
    }

    private Conference conference(ConferenceKind kind, ConferenceDecision decision, AbuseCategory category,
            PlanEndReason reason, Boolean continues) {
        return new Conference(child, kind, false, null, null, new NewConference(TODAY, POLICE,
                ParentsAttendance.DID_NOT_ATTEND, "Views", true, false, decision, category, reason, continues, null),
                "chair", NOW);
    }

    private static HeldStrategyDiscussion held(Instant at, Attendance attendance) {
        return new HeldStrategyDiscussion(StrategyKind.DISCUSSION, at, attendance, "Shared", "Decided", List.of(),
                false, "No significant harm");
    }
}
