package hearth.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentStatus;
import hearth.assessment.NewVisit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    static final LocalDate REFERRAL = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final LocalDate DUE = LocalDate.of(2026, 5, 6);
    static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    Assessment assessment = new Assessment(UUID.randomUUID(), UUID.randomUUID(), REFERRAL, NOW);

    @Test
    void startsOnADateNotBeforeTheReferralNorInTheFuture() {
        assertThatThrownBy(() -> assessment.start(REFERRAL.minusDays(1), TODAY, "w"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the referral");
        assertThatThrownBy(() -> assessment.start(TODAY.plusDays(1), TODAY, "w"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> assessment.start(null, TODAY, "w")).isInstanceOf(IllegalArgumentException.class);
        assessment.start(REFERRAL, TODAY, "w");
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThatThrownBy(() -> assessment.start(REFERRAL, TODAY, "w")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void visitsAndFactorsNeedAStartedAssessment() {
        assertThatThrownBy(() -> assessment.checkVisit(TODAY, TODAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> assessment.recordFactors(List.of(AssessmentFactor.F16A)))
                .isInstanceOf(IllegalStateException.class);
        assessment.start(REFERRAL, TODAY, "w");
        assertThatThrownBy(() -> assessment.checkVisit(REFERRAL.minusDays(1), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessment.checkVisit(TODAY.plusDays(1), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assessment.checkVisit(TODAY, TODAY);
    }

    @Test
    void noFactorsIdentifiedStandsAloneRule8869() {
        assessment.start(REFERRAL, TODAY, "w");
        assertThatThrownBy(() -> assessment.recordFactors(List.of(AssessmentFactor.F21, AssessmentFactor.F3B)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8869");
        assessment.recordFactors(List.of(AssessmentFactor.F21));
        assertThat(assessment.factorList()).containsExactly(AssessmentFactor.F21);
    }

    @Test
    void aFactorIsRecordedOnceRule8898() {
        assessment.start(REFERRAL, TODAY, "w");
        assertThatThrownBy(() -> assessment.recordFactors(List.of(AssessmentFactor.F3B, AssessmentFactor.F3B)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8898");
    }

    @Test
    void deprecatedFactorsAndNoFactorsAtAllAreRefused() {
        assessment.start(REFERRAL, TODAY, "w");
        assertThatThrownBy(() -> assessment.recordFactors(List.of(AssessmentFactor.F18A)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessment.recordFactors(List.of(AssessmentFactor.F19A)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessment.recordFactors(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(AssessmentFactor.offered()).doesNotContain(AssessmentFactor.F18A, AssessmentFactor.F19A)
                .contains(AssessmentFactor.F18B, AssessmentFactor.F18C, AssessmentFactor.F19B, AssessmentFactor.F19C,
                        AssessmentFactor.F24A);
        assessment.recordFactors(List.of(AssessmentFactor.F18C, AssessmentFactor.F3B));
        assertThat(assessment.factorList()).containsExactly(AssessmentFactor.F3B, AssessmentFactor.F18C);
    }

    @Test
    void factorsCountForTheCensusOnlyOnceTheAssessmentIsCompletedRule8614() {
        assessment.start(REFERRAL, TODAY, "w");
        assertThatThrownBy(() -> submit("worker", TODAY, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factors");
        assessment.recordFactors(List.of(AssessmentFactor.F16A));
        assertThat(assessment.view().censusFactors()).isEmpty();
        submit("worker", TODAY, null);
        assertThat(assessment.view().censusFactors()).isEmpty();
        assessment.authorise("manager", NOW);
        assertThat(assessment.view().censusFactors()).containsExactly(AssessmentFactor.F16A);
        assertThatThrownBy(() -> assessment.recordFactors(List.of(AssessmentFactor.F17A)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completionIsNotBeforeTheStartNorInTheFutureRule8608() {
        assessment.start(REFERRAL.plusDays(3), TODAY, "w");
        assessment.recordFactors(List.of(AssessmentFactor.F16A));
        assertThatThrownBy(() -> submit("worker", REFERRAL.plusDays(2), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it started");
        assertThatThrownBy(() -> submit("worker", TODAY.plusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> assessment.submit(null, "analysis", TODAY, null, DUE, TODAY, "w", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assessment.submit(AssessmentOutcome.NO_FURTHER_ACTION, " ", TODAY, null, DUE, TODAY,
                "w", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void completionAfterTheDueDateNeedsADelayReason() {
        LocalDate late = DUE.plusDays(1);
        assessment.start(REFERRAL, late, "w");
        assessment.recordFactors(List.of(AssessmentFactor.F16A));
        assertThatThrownBy(() -> assessment.submit(AssessmentOutcome.CHILD_IN_NEED_PLAN, "a", late, " ", DUE, late,
                "w", NOW)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
        assessment.submit(AssessmentOutcome.CHILD_IN_NEED_PLAN, "a", late, "Family away for three weeks", DUE, late,
                "w", NOW);
        assertThat(assessment.getDelayReason()).isEqualTo("Family away for three weeks");
    }

    @Test
    void theAuthorCannotAuthoriseOrReturnTheirOwnAssessment() {
        ready();
        submit("author", TODAY, null);
        assertThatThrownBy(() -> assessment.authorise("author", NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("author");
        assertThatThrownBy(() -> assessment.returnToWorker("Redo", "author", NOW))
                .isInstanceOf(IllegalStateException.class);
        assessment.authorise("manager", NOW);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.AUTHORISED);
        assertThatThrownBy(() -> assessment.authorise("other", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReturnedAssessmentGoesBackToTheWorkerWithAReasonAndCanBeResubmitted() {
        ready();
        assertThatThrownBy(() -> assessment.returnToWorker("Not yet submitted", "manager", NOW))
                .isInstanceOf(IllegalStateException.class);
        submit("author", TODAY, null);
        assertThatThrownBy(() -> assessment.returnToWorker(" ", "manager", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assessment.returnToWorker("Speak to the father too", "manager", NOW);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(assessment.view().returnReason()).isEqualTo("Speak to the father too");
        submit("author", TODAY, null);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.AWAITING_AUTHORISATION);
    }

    @Test
    void aVisitSeenAloneMustHaveSeenTheChildAndSeenNeedsTheirWords() {
        UUID id = assessment.getId();
        UUID child = assessment.getChildId();
        assertThatThrownBy(() -> new Visit(id, child, new NewVisit(TODAY, "A Worker", false, true, null), "w", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Visit(id, child, new NewVisit(TODAY, "A Worker", true, true, " "), "w", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Visit(id, child, new NewVisit(TODAY, " ", false, false, null), "w", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Visit(id, child, new NewVisit(TODAY, "A Worker", true, true, "I like my room"), "w", NOW).view()
                .wishesAndFeelings()).isEqualTo("I like my room");
    }

    @Test
    void onlyASeenVisitOnOrAfterAllocationIsTheFirstVisit() {
        assessment.start(REFERRAL, TODAY, "w");
        assertThat(assessment.isFirstVisitAfterAllocation(TODAY, true)).isFalse();
        assessment.allocated("worker", REFERRAL.plusDays(2), UUID.randomUUID());
        assertThat(assessment.isFirstVisitAfterAllocation(REFERRAL.plusDays(1), true)).isFalse();
        assertThat(assessment.isFirstVisitAfterAllocation(REFERRAL.plusDays(2), false)).isFalse();
        assertThat(assessment.isFirstVisitAfterAllocation(REFERRAL.plusDays(2), true)).isTrue();
        assessment.firstVisit(REFERRAL.plusDays(9), 3);
        assertThat(assessment.view().firstVisitLate()).isTrue();
        assertThat(assessment.isFirstVisitAfterAllocation(TODAY, true)).isFalse();
    }

    @Test
    void aVoidedAssessmentChangesNoMore() {
        assertThatThrownBy(() -> assessment.voidAssessment(" ")).isInstanceOf(IllegalArgumentException.class);
        assessment.voidAssessment("Wrong child");
        assertThatThrownBy(() -> assessment.start(REFERRAL, TODAY, "w")).isInstanceOf(IllegalStateException.class);
    }

    private void ready() {
        assessment.start(REFERRAL, TODAY, "w");
        assessment.recordFactors(List.of(AssessmentFactor.F3B));
    }

    private void submit(String by, LocalDate completed, String delay) {
        assessment.submit(AssessmentOutcome.CHILD_IN_NEED_PLAN, "Analysis", completed, delay, DUE, TODAY, by, NOW);
    }
}
