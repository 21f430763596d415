package hearth.timescales.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.shared.Ids;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HearthTest
class ObligationsTest {

    @Autowired
    Obligations obligations;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    hearth.timescales.calendar.ClosureDays closureDays;
    @Autowired
    hearth.timescales.WorkingDays workingDays;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Due.LONDON).toInstant();
    }

    private ObligationView view(UUID id) {
        return obligations.find(id).orElseThrow();
    }

    @Test
    void anAssessmentIsDueFortyFiveWorkingDaysAfterTheReferralAndMovesThroughItsStates() {
        clock.setDate(LocalDate.parse("2026-03-30"));
        UUID id = obligations.open(Ids.next(), "assessment-45-working-days", LocalDate.parse("2026-03-30"),
                "Referral received", "team-a");
        assertThat(view(id).dueDate()).isEqualTo("2026-06-05");
        assertThat(view(id).state()).isEqualTo(ObligationState.UPCOMING);
        clock.setDate(LocalDate.parse("2026-05-28"));
        assertThat(view(id).state()).isEqualTo(ObligationState.UPCOMING);
        clock.setDate(LocalDate.parse("2026-05-29"));
        assertThat(view(id).state()).isEqualTo(ObligationState.DUE_SOON);
        clock.set(london("2026-06-05T23:59"));
        assertThat(view(id).state()).isEqualTo(ObligationState.DUE_SOON);
        clock.set(london("2026-06-06T00:00"));
        assertThat(view(id).state()).isEqualTo(ObligationState.OVERDUE);
    }

    @Test
    void workMetOnTheDueDateIsOnTime() {
        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID id = obligations.open(Ids.next(), "referral-decision", LocalDate.parse("2026-03-02"), "Referral", null);
        assertThat(obligations.satisfy(id, london("2026-03-03T16:59"), "Decision: assessment")).isEmpty();
        ObligationView met = view(id);
        assertThat(met.state()).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(met.daysLate()).isZero();
        assertThatThrownBy(() -> obligations.recordDelayReason(id, "Not late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lateWorkRecordsDaysLateAndAReasonForDelay() {
        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID id = obligations.open(Ids.next(), "referral-decision", LocalDate.parse("2026-03-02"), "Referral", null);
        clock.setDate(LocalDate.parse("2026-03-06"));
        obligations.recordDelayReason(id, "Waiting for police checks");
        obligations.satisfy(id, london("2026-03-06T10:00"), "Decision: strategy discussion");
        ObligationView late = view(id);
        assertThat(late.state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(late.daysLate()).isEqualTo(3);
        assertThat(late.delayReason()).isEqualTo("Waiting for police checks");
        assertThatThrownBy(() -> obligations.satisfy(id, clock.instant(), "Again")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRecurringRuleRunsFromTheActualVisitNotTheLastDueDate() {
        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID child = Ids.next();
        UUID first = obligations.open(child, "test-placement-visit", LocalDate.parse("2026-03-02"), "Visit", "sw1");
        assertThat(view(first).dueDate()).isEqualTo("2026-04-13");
        UUID next = obligations.satisfy(first, london("2026-04-20T11:00"), "Visit made late").orElseThrow();
        ObligationView following = view(next);
        assertThat(following.dueDate()).isEqualTo("2026-06-01");
        assertThat(following.previousId()).isEqualTo(first);
        assertThat(following.responsible()).isEqualTo("sw1");
        assertThat(following.startEvent()).isEqualTo("Visit made late");
    }

    @Test
    void aFirstVisitIsFollowedByTheIntervalRule() {
        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID child = Ids.next();
        UUID first = obligations.open(child, "test-placement-first-visit", LocalDate.parse("2026-03-02"), "Placed", null);
        assertThat(view(first).dueDate()).isEqualTo("2026-03-09");
        UUID next = obligations.satisfy(first, london("2026-03-05T11:00"), "First visit").orElseThrow();
        assertThat(view(next).ruleId()).isEqualTo("test-placement-visit");
        assertThat(view(next).dueDate()).isEqualTo("2026-04-16");
    }

    @Test
    void aNewPlacementRestartsTheVisitClock() {
        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID child = Ids.next();
        UUID first = obligations.open(child, "test-placement-first-visit", LocalDate.parse("2026-03-02"), "Placed", null);
        UUID next = obligations.satisfy(first, london("2026-03-05T11:00"), "First visit").orElseThrow();
        UUID restarted = obligations.restart(child, "test-placement-first-visit", london("2026-03-20T15:00"),
                "Moved to a new placement", "sw2");
        assertThat(view(next).state()).isEqualTo(ObligationState.VOIDED);
        assertThat(view(restarted).dueDate()).isEqualTo("2026-03-27");
        assertThat(obligations.openFor(List.of(child))).extracting(ObligationView::id).containsExactly(restarted);
        assertThatThrownBy(() -> obligations.restart(child, "assessment-45-working-days", clock.instant(), "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openObligationsForChildrenComeSoonestDueFirst() {
        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID one = Ids.next();
        UUID two = Ids.next();
        UUID assessment = obligations.open(one, "assessment-45-working-days", LocalDate.parse("2026-03-02"), "Referral", null);
        UUID decision = obligations.open(two, "referral-decision", LocalDate.parse("2026-03-02"), "Referral", null);
        UUID interview = obligations.open(two, "test-return-interview", london("2026-03-02T18:00"), "Returned", null);
        UUID done = obligations.open(one, "referral-decision", LocalDate.parse("2026-03-02"), "Referral", null);
        obligations.satisfy(done, clock.instant(), "Decided");
        UUID voided = obligations.open(one, "referral-decision", LocalDate.parse("2026-03-02"), "Duplicate", null);
        obligations.voidObligation(voided, "Entered twice");
        assertThat(obligations.openFor(List.of(one, two))).extracting(ObligationView::id)
                .containsExactly(decision, interview, assessment);
        assertThat(view(voided).state()).isEqualTo(ObligationState.VOIDED);
    }

    @Test
    void recomputingAllBringsStoredStatesUpToDateWithTheClock() {
        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID id = obligations.open(Ids.next(), "referral-decision", LocalDate.parse("2026-03-02"), "Referral", null);
        assertThat(storedState(id)).isEqualTo("DUE_SOON");
        clock.setDate(LocalDate.parse("2026-03-10"));
        assertThat(obligations.recomputeAll()).isPositive();
        assertThat(storedState(id)).isEqualTo("OVERDUE");
        assertThat(obligations.recomputeAll()).isZero();
    }

    @Test
    void recomputingFromScratchMovesOpenDueDatesWhenTheCouncilAddsAClosureDay() {
        clock.setDate(LocalDate.parse("2931-03-02"));
        UUID id = obligations.open(Ids.next(), "test-local-working-days", LocalDate.parse("2931-03-02"), "Started", null);
        LocalDate before = view(id).dueDate();
        closureDays.add(LocalDate.parse("2931-03-05"), "Council closure");
        obligations.recomputeAll();
        assertThat(view(id).dueDate()).isAfter(before).isEqualTo(workingDays.calendar(hearth.timescales.CalendarKind.LOCAL)
                .addWorkingDays(LocalDate.parse("2931-03-02"), 10));
        assertThat(obligations.recomputeAll()).isZero();
    }

    @Test
    void seventyTwoHoursRunFromTheReturnTime() {
        clock.set(london("2026-03-27T18:00"));
        UUID id = obligations.open(Ids.next(), "test-return-interview", london("2026-03-27T18:00"), "Returned", null);
        clock.set(london("2026-03-30T18:59"));
        assertThat(view(id).state()).isEqualTo(ObligationState.DUE_SOON);
        clock.set(london("2026-03-30T19:00"));
        assertThat(view(id).state()).isEqualTo(ObligationState.OVERDUE);
    }

    @Test
    void workCannotBeDoneBeforeTheClockStarts() {
        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID id = obligations.open(Ids.next(), "referral-decision", LocalDate.parse("2026-03-02"), "Referral", null);
        assertThatThrownBy(() -> obligations.satisfy(id, london("2026-03-01T10:00"), "Too early"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> obligations.open(Ids.next(), "no-such-rule", LocalDate.parse("2026-03-02"), "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String storedState(UUID id) {
        return jdbc.sql("select state from obligation where id = :id").param("id", id).query(String.class).single();
    }
}
