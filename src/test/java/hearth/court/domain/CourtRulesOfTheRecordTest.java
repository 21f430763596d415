package hearth.court.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.court.CourtRuleBroken;
import hearth.court.FinalOutcome;
import hearth.court.GatewayDecision;
import hearth.court.PreProceedingsOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The guards on the court records, without the application around them. */
class CourtRulesOfTheRecordTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    final UUID child = UUID.randomUUID();

    PreProceedings preProceedings(LocalDate gateway) {
        return new PreProceedings(child, UUID.randomUUID(), gateway, Instant.now());
    }

    CareProceedings proceedings(LocalDate issued) {
        return new CareProceedings(child, issued, TODAY, "Reading Family Court", "RG26C00123", "sw", Instant.now());
    }

    @Test
    void aGatewayCannotBeInTheFutureAndNeedsReasons() {
        assertThatThrownBy(() -> new LegalGateway(child, TODAY.plusDays(1), TODAY, "TM, SW, legal",
                GatewayDecision.ENTER_PRE_PROCEEDINGS, "Neglect persists", "tm", Instant.now()))
                .isInstanceOf(CourtRuleBroken.class).hasMessageContaining("future");
        assertThatThrownBy(() -> new LegalGateway(child, TODAY, TODAY, "TM, SW, legal",
                GatewayDecision.ENTER_PRE_PROCEEDINGS, " ", "tm", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLetterCannotPrecedeTheGatewayDecisionAndIsSentOnce() {
        PreProceedings pp = preProceedings(TODAY.minusDays(10));
        assertThatThrownBy(() -> pp.letterSent(TODAY.minusDays(11), TODAY))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(((CourtRuleBroken) e).key()).isEqualTo("court.rule.letterBeforeGateway"));
        pp.letterSent(TODAY.minusDays(10), TODAY);
        assertThatThrownBy(() -> pp.letterSent(TODAY, TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void meetingsComeAfterTheLetter() {
        PreProceedings pp = preProceedings(TODAY.minusDays(20));
        assertThatThrownBy(() -> pp.checkMeeting(TODAY, TODAY)).isInstanceOf(IllegalStateException.class);
        pp.letterSent(TODAY.minusDays(14), TODAY);
        assertThatThrownBy(() -> pp.checkMeeting(TODAY.minusDays(15), TODAY)).isInstanceOf(IllegalStateException.class);
        pp.checkMeeting(TODAY.minusDays(7), TODAY);
    }

    @Test
    void aFamilyGroupConferenceIsHeldAfterItIsOffered() {
        PreProceedings pp = preProceedings(TODAY.minusDays(20));
        assertThatThrownBy(() -> pp.familyGroup(TODAY.minusDays(5), TODAY.minusDays(6), TODAY))
                .isInstanceOf(IllegalStateException.class);
        pp.familyGroup(TODAY.minusDays(5), null, TODAY);
        pp.familyGroup(TODAY.minusDays(5), TODAY, TODAY);
        assertThat(pp.view(java.util.List.of()).familyGroupHeldOn()).isEqualTo(TODAY);
    }

    @Test
    void continuingKeepsPreProceedingsOpenAndSteppingDownEndsThem() {
        PreProceedings pp = preProceedings(TODAY.minusWeeks(20));
        assertThatThrownBy(() -> pp.decide(PreProceedingsOutcome.STEP_DOWN, TODAY, "Progress made", TODAY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("letter");
        pp.letterSent(TODAY.minusWeeks(19), TODAY);
        pp.decide(PreProceedingsOutcome.CONTINUE, TODAY.minusWeeks(3), "Some progress; six more weeks", TODAY);
        assertThat(pp.isOpen()).isTrue();
        assertThatThrownBy(() -> pp.decide(PreProceedingsOutcome.STEP_DOWN, TODAY.minusWeeks(4), "x", TODAY))
                .isInstanceOf(IllegalStateException.class);
        pp.decide(PreProceedingsOutcome.STEP_DOWN, TODAY, "Sustained change", TODAY);
        assertThat(pp.isOpen()).isFalse();
        assertThatThrownBy(() -> pp.letterSent(TODAY, TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDeadlineIsTheLastDayOfTwentySixWeeksBeginningWithIssue() {
        CareProceedings p = proceedings(LocalDate.of(2026, 1, 5));
        assertThat(p.getDeadline()).isEqualTo(LocalDate.of(2026, 7, 5));
        assertThat(p.getDeadline().toEpochDay() - p.getIssuedOn().toEpochDay() + 1).isEqualTo(26 * 7);
    }

    @Test
    void extensionsAreOneToEightWeeksAndOnlyWhileOpen() {
        CareProceedings p = proceedings(LocalDate.of(2026, 1, 5));
        assertThatThrownBy(() -> p.extend(TODAY, 9, TODAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> p.extend(TODAY, 0, TODAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> p.extend(LocalDate.of(2026, 1, 4), 4, TODAY)).isInstanceOf(IllegalStateException.class);
        assertThat(p.extend(TODAY, 8, TODAY)).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(p.extend(TODAY, 2, TODAY)).isEqualTo(LocalDate.of(2026, 9, 13));
        p.conclude(FinalOutcome.CARE_ORDER, TODAY, TODAY, TODAY);
        assertThatThrownBy(() -> p.extend(TODAY, 2, TODAY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("concluded");
    }

    @Test
    void nothingHappensInProceedingsBeforeIssueOrAfterConclusion() {
        CareProceedings p = proceedings(TODAY.minusWeeks(10));
        assertThatThrownBy(() -> p.checkEvent(TODAY.minusWeeks(11), TODAY, "A hearing"))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(((CourtRuleBroken) e).key()).isEqualTo("court.rule.beforeIssue"));
        assertThatThrownBy(() -> p.checkEvent(TODAY.plusDays(1), TODAY, "A hearing")).isInstanceOf(IllegalStateException.class);
        p.checkEvent(TODAY.minusWeeks(9), TODAY, "A hearing");
        assertThatThrownBy(() -> p.conclude(FinalOutcome.CARE_ORDER, TODAY.minusWeeks(2), TODAY.minusWeeks(1), TODAY))
                .isInstanceOf(IllegalStateException.class);
        p.conclude(FinalOutcome.CARE_ORDER, TODAY, TODAY.minusWeeks(1), TODAY);
        assertThatThrownBy(() -> p.checkEvent(TODAY, TODAY, "A hearing")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOrderIsInForceFromTheDayMadeUntilTheDayItEnds() {
        CourtOrder order = new CourtOrder(child, UUID.randomUUID(), hearth.court.OrderType.INTERIM_CARE_ORDER,
                TODAY.minusDays(30), "sw", Instant.now());
        assertThat(order.inForceOn(TODAY.minusDays(31))).isFalse();
        assertThat(order.inForceOn(TODAY.minusDays(30))).isTrue();
        assertThatThrownBy(() -> order.end(TODAY.minusDays(31), "Replaced", TODAY)).isInstanceOf(IllegalStateException.class);
        order.end(TODAY.minusDays(1), "Care order made", TODAY);
        assertThat(order.inForceOn(TODAY.minusDays(2))).isTrue();
        assertThat(order.inForceOn(TODAY.minusDays(1))).isFalse();
        assertThatThrownBy(() -> order.end(TODAY, "Again", TODAY)).isInstanceOf(IllegalStateException.class);
    }
}
