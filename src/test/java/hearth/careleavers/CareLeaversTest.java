package hearth.careleavers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.notifications.Notifications;
import hearth.people.PersonSummary;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@HearthTest
class CareLeaversTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CareLeavers careLeavers;
    @Autowired
    LeaverPathway pathway;
    @Autowired
    LocalOffer offer;
    @Autowired
    CareLeaverLists lists;
    @Autowired
    Notifications notifications;

    Fixtures fx;
    LeaverJourney journey;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.of(2026, 3, 2);
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new LeaverJourney(context, fx).team();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    PersonSummary youngPerson(LocalDate dob) {
        return fx.child(fx.name("Robin"), "Leaver", dob);
    }

    @Test
    void aChildInCareAt15IsExpectedToBecomeEligibleAndTheAssessmentFallsDueThreeMonthsAfterThe16thBirthday() {
        PersonSummary child = youngPerson(today.minusYears(15).minusMonths(6));
        UUID period = journey.lookedAfter(child.id(), today);
        assertThat(careLeavers.eligibility(child.id()).category()).isEqualTo(Eligibility.NONE);
        ObligationView due = pathway.due(child.id(), "needs-assessment").orElseThrow();
        LocalDate sixteenth = child.dateOfBirth().plusYears(16);
        assertThat(due.dueDate()).isEqualTo(sixteenth.plusMonths(3));

        clock.setDate(sixteenth);
        assertThat(careLeavers.eligibility(child.id()).category()).isEqualTo(Eligibility.ELIGIBLE);
        clock.setDate(sixteenth.plusMonths(3).plusDays(1));
        assertThat(pathway.due(child.id(), "needs-assessment").orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);

        journey.ceased(child.id(), period, sixteenth.plusMonths(4));
        clock.setDate(sixteenth.plusMonths(5));
        assertThat(careLeavers.eligibility(child.id()).category()).isEqualTo(Eligibility.RELEVANT);
        journey.as(journey.adviser, () -> pathway.record(child.id(), PathwayStep.NEEDS_ASSESSMENT,
                sixteenth.plusMonths(5), "Needs: housing, college"));
        assertThat(pathway.due(child.id(), "needs-assessment")).isEmpty();
    }

    @Test
    void leavingCareBeforeBecomingEligibleStopsTheAssessmentClock() {
        PersonSummary child = youngPerson(today.minusYears(15).minusMonths(11));
        UUID period = journey.lookedAfter(child.id(), today);
        assertThat(pathway.due(child.id(), "needs-assessment")).isPresent();
        clock.setDate(today.plusDays(20));
        journey.ceased(child.id(), period, today.plusDays(20));
        assertThat(pathway.due(child.id(), "needs-assessment")).isEmpty();
    }

    @Test
    void thePathwayPlanIsReviewedWithinSixMonthsAndEachReviewSetsTheNextDate() {
        PersonSummary child = youngPerson(today.minusYears(19));
        careLeavers.recordEarlierCare(child.id(), today.minusYears(4), today.minusYears(1), "C2", "E8");
        assertThat(careLeavers.eligibility(child.id()).category()).isEqualTo(Eligibility.FORMER_RELEVANT);
        assertThat(pathway.due(child.id(), "needs-assessment")).as("no assessment clock for earlier care after 18")
                .isEmpty();
        journey.as(journey.adviser, () -> {
            assertThatThrownBy(() -> pathway.record(child.id(), PathwayStep.PLAN_REVIEW, today, "Too soon"))
                    .hasMessage("careleavers.error.noPlan");
            pathway.record(child.id(), PathwayStep.PATHWAY_PLAN, today, "Plan agreed with Robin");
        });
        assertThat(pathway.due(child.id(), "pathway-review").orElseThrow().dueDate()).isEqualTo(today.plusMonths(6));

        clock.setDate(today.plusMonths(6).plusDays(1));
        assertThat(pathway.due(child.id(), "pathway-review").orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);
        LocalDate reviewed = today.plusMonths(6).plusDays(1);
        journey.as(journey.adviser, () -> pathway.record(child.id(), PathwayStep.PLAN_REVIEW, reviewed, "Reviewed"));
        assertThat(pathway.due(child.id(), "pathway-review").orElseThrow().dueDate()).isEqualTo(reviewed.plusMonths(6));
    }

    @Test
    void contactGoesOverdueAtTheLocalStandardAndANotReachedAttemptEscalatesToTheManager() {
        PersonSummary child = youngPerson(today.minusYears(18).minusMonths(2));
        careLeavers.recordEarlierCare(child.id(), today.minusYears(3), today.minusMonths(2), "C2", "E8");
        journey.as(journey.manager, () -> careLeavers.allocateAdviser(child.id(), journey.adviser, today, "Transfer"));
        assertThat(careLeavers.advisers(child.id())).extracting(AdviserAllocationView::adviser)
                .containsExactly(journey.adviser);
        assertThat(pathway.due(child.id(), "contact").orElseThrow().dueDate()).isEqualTo(today.plusWeeks(8));

        clock.setDate(today.plusWeeks(8).plusDays(1));
        assertThat(lists.caseload(journey.adviser)).singleElement().satisfies(r -> {
            assertThat(r.contactOverdue()).isTrue();
            assertThat(r.notInTouchSince()).isNull();
        });
        LocalDate attempt = today.plusWeeks(8).plusDays(1);
        journey.as(journey.adviser, () -> pathway.recordContact(child.id(),
                new NewLeaverContact(attempt, false, ContactMethod.PHONE, "No answer; phone off")));
        assertThat(careLeavers.find(child.id()).orElseThrow().notInTouchSince()).isEqualTo(attempt);
        assertThat(pathway.due(child.id(), "not-reached-follow-up")).isPresent();
        assertThat(lists.notInTouch()).extracting(LeaverListRow::childId).contains(child.id());
        assertThat(notifications.recent(journey.manager, 5)).singleElement()
                .satisfies(n -> assertThat(n.subjectId()).isEqualTo(child.id()));

        journey.as(journey.adviser, () -> pathway.recordContact(child.id(),
                new NewLeaverContact(attempt, false, ContactMethod.VISIT, "Not at home")));
        assertThat(notifications.recent(journey.manager, 5)).as("told once per episode").hasSize(1);

        clock.setDate(attempt.plusDays(1));
        journey.as(journey.adviser, () -> pathway.recordContact(child.id(),
                new NewLeaverContact(attempt.plusDays(1), true, ContactMethod.VISIT, "Found at a friend's")));
        assertThat(careLeavers.find(child.id()).orElseThrow().notInTouch()).isFalse();
        assertThat(pathway.due(child.id(), "not-reached-follow-up")).isEmpty();
        assertThat(pathway.due(child.id(), "contact").orElseThrow().dueDate()).isEqualTo(attempt.plusDays(1).plusWeeks(8));
    }

    @Test
    void birthdayRecordsAreKeptWithinThreeMonthsOfTheBirthdayAndPublishedForTheReturn() {
        PersonSummary child = youngPerson(today.minusYears(19).minusDays(10));
        careLeavers.recordEarlierCare(child.id(), today.minusYears(5), today.minusYears(1), "C2", "E8");
        LocalDate nineteenth = child.dateOfBirth().plusYears(19);
        journey.as(journey.adviser, () -> {
            assertThatThrownBy(() -> careLeavers.recordBirthday(child.id(), new NewBirthdayRecord(19, InTouch.YES,
                    null, AccommodationType.U, true, today))).hasMessage("careleavers.error.inTouchNeedsDetail");
            assertThatThrownBy(() -> careLeavers.recordBirthday(child.id(), new NewBirthdayRecord(18, InTouch.YES,
                    Activity.G5, AccommodationType.U, true, today))).hasMessage("careleavers.error.birthdayWindow");
            careLeavers.recordBirthday(child.id(), new NewBirthdayRecord(19, InTouch.YES, Activity.G5,
                    AccommodationType.S, true, today));
        });
        assertThat(careLeavers.birthdayRecords(nineteenth, nineteenth.plusDays(1)))
                .filteredOn(b -> b.childId().equals(child.id())).singleElement().satisfies(b -> {
            assertThat(b.childId()).isEqualTo(child.id());
            assertThat(b.accommodation()).as("no fixed abode is never suitable").isEqualTo("S2");
            assertThat(b.neet()).isTrue();
        });
        assertThat(lists.caseload(null)).filteredOn(r -> r.childId().equals(child.id())).singleElement()
                .satisfies(r -> assertThat(r.neet()).isTrue());
    }

    @Test
    void localOfferDecisionsAreComparedByDecider() {
        PersonSummary a = youngPerson(today.minusYears(19));
        PersonSummary b = youngPerson(today.minusYears(20));
        careLeavers.recordEarlierCare(a.id(), today.minusYears(4), today.minusYears(1), "C2", "E8");
        careLeavers.recordEarlierCare(b.id(), today.minusYears(5), today.minusYears(2), "C2", "E8");
        String other = fx.user(hearth.security.Role.TEAM_MANAGER, journey.team);
        UUID[] ids = new UUID[2];
        journey.as(journey.adviser, () -> {
            ids[0] = offer.request(a.id(), "DRIVING_LESSONS", today, "Theory test passed");
            ids[1] = offer.request(b.id(), "DRIVING_LESSONS", today, "Theory test passed");
        });
        journey.as(journey.manager, () -> offer.decide(ids[0], 0, true, "In the local offer", today));
        journey.as(other, () -> offer.decide(ids[1], 0, false, "Not in education", today));
        journey.as(other, () -> assertThatThrownBy(() -> offer.decide(ids[1], 1, true, "Changed mind", today))
                .isInstanceOf(IllegalStateException.class));
        assertThat(offer.consistency()).filteredOn(t -> t.entitlement().equals("DRIVING_LESSONS"))
                .extracting(DecisionTally::decidedBy, DecisionTally::granted, DecisionTally::refused)
                .contains(org.assertj.core.groups.Tuple.tuple(journey.manager, 1, 0),
                        org.assertj.core.groups.Tuple.tuple(other, 0, 1));
    }
}
