package hearth.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Periods of care through the published services, with the clock moved to test the review and visit clocks. */
@HearthTest
@RecordApplicationEvents
class ChildrenInCareTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildrenInCare care;
    @Autowired
    CareReviews reviews;
    @Autowired
    Obligations obligations;
    @Autowired
    ApplicationEvents events;
    @Autowired
    hearth.casesummary.ChildVoice voice;

    Fixtures fx;
    CareJourney journey;
    String worker;
    String iro;
    PersonSummary child;
    LocalDate start;

    @BeforeEach
    void setUp() {
        start = LocalDate.now(MutableClock.LONDON).minusMonths(14);
        clock.setDate(start);
        fx = new Fixtures(context);
        journey = new CareJourney(fx);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        iro = fx.user(Role.CONFERENCE_CHAIR_IRO, team);
        child = fx.child(fx.name("Jordan"), "Incare", LocalDate.of(2014, 3, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void comingIntoCareAndMovingDeriveTheEpisodesAndPublishTheEvents() {
        CarePeriodView period = lookedAfter(LegalStatus.V2);
        placed(period.id(), CareJourney.foster(start, "Ann Foster", null));
        clock.setDate(start.plusDays(30));
        changeStatus(period.id(), start.plusDays(30), LegalStatus.C1);
        clock.setDate(start.plusDays(60));
        placed(period.id(), CareJourney.foster(start.plusDays(60), "Oak House", PlacementChangeReason.CREQB));

        List<CareEpisode> episodes = care.episodesFor(child.id());
        assertThat(episodes).extracting(CareEpisode::rne).containsExactly("S", "L", "P");
        assertThat(episodes).extracting(CareEpisode::ls).containsExactly("V2", "C1", "C1");
        assertThat(episodes).extracting(CareEpisode::rec).containsExactly("X1", "X1", null);
        assertThat(episodes).extracting(CareEpisode::reasonPlaceChange).containsExactly(null, "CREQB", null);
        assertThat(care.episodesOverlapping(start.plusDays(40), start.plusDays(50))).filteredOn(
                e -> e.childId().equals(child.id())).extracting(CareEpisode::rne).containsExactly("L");
        assertThat(events.stream(ChildBecameLookedAfter.class)).singleElement()
                .satisfies(e -> assertThat(e.legalStatus()).isEqualTo("V2"));
        assertThat(events.stream(PlacementStarted.class)).extracting(PlacementStarted::reasonForChange)
                .containsExactly(null, "CREQB");
        assertThat(events.stream(LegalStatusChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.previousLegalStatus()).isEqualTo("V2"));
    }

    @Test
    void stateChangesAreGuarded() {
        CarePeriodView period = lookedAfter(LegalStatus.C1);
        assertThatThrownBy(() -> lookedAfter(LegalStatus.V2)).hasMessage("childrenincare.error.alreadyLookedAfter");
        long version = care.find(period.id()).orElseThrow().version();
        assertThatThrownBy(() -> journey.as(worker, () -> care.recordPlacement(period.id(), version,
                CareJourney.foster(start.minusDays(1), "Ann Foster", null))))
                .hasMessage("childrenincare.error.beforeStart");
        placed(period.id(), CareJourney.foster(start, "Ann Foster", null));
        assertThatThrownBy(() -> journey.as(worker, () -> care.recordPlacement(period.id(), version,
                CareJourney.foster(start, "Beech Foster", PlacementChangeReason.CHILD))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> changeStatus(period.id(), start, LegalStatus.C1))
                .hasMessage("childrenincare.error.sameLegalStatus");
        clock.setDate(start.plusDays(5));
        assertThatThrownBy(() -> placed(period.id(), CareJourney.foster(start.plusDays(5), "Beech Foster", null)))
                .isInstanceOf(IllegalArgumentException.class);
        ceased(period.id(), start.plusDays(5), ReasonCeased.E4A);
        assertThatThrownBy(() -> changeStatus(period.id(), start.plusDays(5), LegalStatus.C2))
                .hasMessage("childrenincare.error.ceased");
        assertThatThrownBy(() -> journey.as(worker, () -> reviews.recordVisit(period.id(), start.plusDays(5), true,
                true, "Hi"))).hasMessage("childrenincare.error.ceased");
        assertThat(obligations.openFor(List.of(child.id()))).noneMatch(o -> o.ruleId().startsWith("care-"));
        assertThat(events.stream(ChildCeasedToBeLookedAfter.class)).singleElement()
                .satisfies(e -> assertThat(e.reasonCeased()).isEqualTo("E4A"));
    }

    @Test
    void reviewsFallDueTwentyWorkingDaysThenThreeMonthsThenSixMonthsAndOnlyTheIroRecordsThem() {
        CarePeriodView period = lookedAfter(LegalStatus.C1);
        ObligationView first = open("care-review-first").orElseThrow();
        assertThat(first.dueDate()).isAfter(start.plusDays(25)).isBefore(start.plusDays(31));
        clock.setDate(first.dueDate().plusDays(1));
        assertThat(obligations.find(first.id()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);
        LocalDate held = first.dueDate().plusDays(1);
        assertThatThrownBy(() -> journey.as(worker, () -> reviews.recordReview(period.id(), held, Participation.PN1,
                "I want to stay", "Contact", "Stay"))).isInstanceOf(AccessDeniedException.class);
        review(period.id(), held);
        assertThat(obligations.find(first.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        ObligationView second = open("care-review-second").orElseThrow();
        assertThat(second.dueDate()).isEqualTo(held.plusMonths(3));
        assertThat(open("care-permanence-plan").orElseThrow().dueDate()).isEqualTo(held.plusMonths(3));
        clock.setDate(held.plusMonths(2));
        journey.as(worker, () -> reviews.recordCarePlan(period.id(), held.plusMonths(2),
                PermanencePlan.LONG_TERM_FOSTERING, "Stay with the Fosters"));
        assertThat(open("care-permanence-plan")).isEmpty();
        review(period.id(), held.plusMonths(2));
        assertThat(open("care-review").orElseThrow().dueDate()).isEqualTo(held.plusMonths(8));
        assertThat(events.stream(CareReviewHeld.class)).hasSize(2)
                .allSatisfy(e -> assertThat(e.chairedBy()).isEqualTo(iro));
    }

    @Test
    void theVisitClockStartsWithEveryPlacementAndGoesOverdueWhenNobodyVisits() {
        CarePeriodView period = lookedAfter(LegalStatus.C1);
        placed(period.id(), CareJourney.foster(start, "Ann Foster", null));
        ObligationView firstVisit = open("care-visit-first").orElseThrow();
        assertThat(firstVisit.dueDate()).isEqualTo(start.plusWeeks(1));
        assertThat(open("care-plan")).isPresent();
        clock.setDate(start.plusDays(5));
        visit(period.id(), start.plusDays(5), true);
        ObligationView sixWeekly = open("care-visit").orElseThrow();
        assertThat(sixWeekly.dueDate()).isEqualTo(start.plusDays(5).plusWeeks(6));
        clock.setDate(sixWeekly.dueDate().plusDays(1));
        assertThat(obligations.find(sixWeekly.id()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);

        LocalDate moved = sixWeekly.dueDate().plusDays(1);
        placed(period.id(), CareJourney.foster(moved, "Beech Foster", PlacementChangeReason.CARPL));
        assertThat(obligations.find(sixWeekly.id()).orElseThrow().state()).isEqualTo(ObligationState.VOIDED);
        assertThat(open("care-visit-first").orElseThrow().dueDate()).isEqualTo(moved.plusWeeks(1));
        visit(period.id(), moved, false);
        assertThat(open("care-visit-first")).isPresent();
    }

    @Test
    void afterAYearInAPlacementIntendedUntilEighteenVisitsAreThreeMonthly() {
        CarePeriodView period = lookedAfter(LegalStatus.C2);
        placed(period.id(), CareJourney.longTerm(start, "Ann Foster", null));
        clock.setDate(start.plusDays(3));
        visit(period.id(), start.plusDays(3), true);
        assertThat(open("care-visit").orElseThrow().dueDate()).isEqualTo(start.plusDays(3).plusWeeks(6));
        LocalDate yearOn = start.plusYears(1).plusDays(2);
        clock.setDate(yearOn);
        visit(period.id(), yearOn, true);
        assertThat(open("care-visit")).isEmpty();
        assertThat(open("care-visit-long-term").orElseThrow().dueDate()).isEqualTo(yearOn.plusMonths(3));
    }

    @Test
    void anEmergencyPlacementNeedsItsPlanAndNotificationsWithinFiveWorkingDays() {
        CarePeriodView period = lookedAfter(LegalStatus.L2);
        PlacementView placed = placed(period.id(), CareJourney.emergency(start, "Night Foster"));
        assertThat(placed.outOfArea()).isTrue();
        assertThat(open("care-placement-plan")).isPresent();
        assertThat(open("care-placement-notify")).isPresent();
        clock.setDate(start.plusDays(2));
        PlacementView done = journey.as(worker, () -> reviews.recordPlacementFollowUp(placed.id(), placed.version(),
                start.plusDays(2), null));
        assertThat(done.emergencyFollowUpOutstanding()).isTrue();
        assertThat(open("care-placement-plan")).isEmpty();
        assertThat(open("care-placement-notify")).isPresent();
    }

    @Test
    void whatTheChildSaysAtAStatutoryVisitIsInTheirVoiceWithWhetherTheyWereSeenAlone() {
        CarePeriodView period = lookedAfter(LegalStatus.C2);
        placed(period.id(), CareJourney.foster(start, "Ann Foster", null));
        clock.setDate(start.plusDays(5));
        visit(period.id(), start.plusDays(5), true);
        clock.setDate(start.plusDays(6));
        visit(period.id(), start.plusDays(6), false);
        assertThat(voice.wordsOf(child.id())).singleElement().satisfies(w -> {
            assertThat(w.words()).isEqualTo("\"My room is nice\"");
            assertThat(w.seenAlone()).isTrue();
            assertThat(w.kind()).isEqualTo("casesummary.voice.kind.careVisit");
            assertThat(w.link()).isEqualTo("/care-periods/" + period.id());
        });
    }

    CarePeriodView lookedAfter(LegalStatus status) {
        return journey.as(worker, () -> care.becomeLookedAfter(child.id(), start, status, CategoryOfNeed.N1));
    }

    PlacementView placed(UUID periodId, NewPlacement placement) {
        long version = care.find(periodId).orElseThrow().version();
        return journey.as(worker, () -> care.recordPlacement(periodId, version, placement));
    }

    void changeStatus(UUID periodId, LocalDate date, LegalStatus status) {
        long version = care.find(periodId).orElseThrow().version();
        journey.as(worker, () -> care.changeLegalStatus(periodId, version, date, status));
    }

    void ceased(UUID periodId, LocalDate date, ReasonCeased reason) {
        long version = care.find(periodId).orElseThrow().version();
        journey.as(worker, () -> care.cease(periodId, version, date, reason));
    }

    void review(UUID periodId, LocalDate date) {
        journey.as(iro, () -> reviews.recordReview(periodId, date, Participation.PN1, "\"I like it here\"",
                "School and contact with Mum", "Stay in placement; contact fortnightly"));
    }

    void visit(UUID periodId, LocalDate date, boolean seen) {
        journey.as(worker, () -> reviews.recordVisit(periodId, date, seen, seen, seen ? "\"My room is nice\""
                : "Nobody home"));
    }

    Optional<ObligationView> open(String rule) {
        return obligations.openFor(List.of(child.id())).stream().filter(o -> o.ruleId().equals(rule)).findFirst();
    }
}
