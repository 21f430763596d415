package hearth.carehealth;

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

/** Health and education obligations of a looked after child, with the clock moved through the years. */
@HearthTest
class CareHealthTest {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CareHealth careHealth;
    @Autowired
    Obligations obligations;

    Fixtures fx;
    CareJourney journey;
    String worker;
    String manager;
    UUID team;

    @BeforeEach
    void setUp() {
        clock.setDate(START);
        fx = new Fixtures(context);
        journey = new CareJourney(context, fx);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    PersonSummary lookedAfterChild(LocalDate born, LocalDate start) {
        PersonSummary child = fx.child(fx.name("Ari"), "Incare", born);
        fx.allocate(child.id(), team, worker);
        journey.becameLookedAfter(child.id(), start);
        return child;
    }

    @Test
    void theInitialHealthAssessmentIsDue20WorkingDaysAfterBecomingLookedAfterThenReviewsAreSixMonthlyUntilFive() {
        PersonSummary child = lookedAfterChild(LocalDate.of(2022, 6, 1), START);
        ObligationView iha = open(child, CareHealthTimescales.INITIAL_HEALTH_ASSESSMENT).orElseThrow();
        assertThat(iha.dueDate()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(iha.responsible()).isEqualTo(worker);
        assertThat(careHealth.isLookedAfter(child.id())).isTrue();

        clock.setDate(LocalDate.of(2026, 2, 2));
        assertThat(state(iha)).isEqualTo(ObligationState.DUE_SOON);
        clock.setDate(LocalDate.of(2026, 2, 3));
        assertThat(state(iha)).isEqualTo(ObligationState.OVERDUE);
        assertThat(careHealth.summaryFor(child.id()).overdueCount()).isPositive();
        assertThat(careHealth.overdueHealthAssessmentsAndPeps()).anySatisfy(o -> {
            assertThat(o.childId()).isEqualTo(child.id());
            assertThat(o.ruleId()).isEqualTo(CareHealthTimescales.INITIAL_HEALTH_ASSESSMENT);
        });

        record(child, NewCareHealthRecord.of(CareHealthKind.INITIAL_HEALTH_ASSESSMENT, LocalDate.of(2026, 2, 3),
                "Dr Shah, paediatrician"));
        assertThat(state(iha)).isEqualTo(ObligationState.MET_LATE);
        ObligationView first = open(child, CareHealthTimescales.REVIEW_UNDER_5).orElseThrow();
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2026, 8, 3));

        clock.setDate(LocalDate.of(2026, 12, 1));
        record(child, NewCareHealthRecord.of(CareHealthKind.REVIEW_HEALTH_ASSESSMENT, LocalDate.of(2026, 7, 20),
                "Nurse Lee"));
        assertThat(open(child, CareHealthTimescales.REVIEW_UNDER_5).orElseThrow().dueDate())
                .isEqualTo(LocalDate.of(2027, 1, 20));
        record(child, NewCareHealthRecord.of(CareHealthKind.REVIEW_HEALTH_ASSESSMENT, LocalDate.of(2026, 12, 1),
                "Nurse Lee"));
        assertThat(open(child, CareHealthTimescales.REVIEW_UNDER_5)).isEmpty();
        assertThat(open(child, CareHealthTimescales.REVIEW_FROM_5).orElseThrow().dueDate())
                .isEqualTo(LocalDate.of(2027, 12, 1));
    }

    @Test
    void anSdqFallsDueAfterTwelveMonthsInCareOnlyForChildrenAgedFourToSixteen() {
        PersonSummary ten = lookedAfterChild(LocalDate.of(2016, 3, 3), START);
        PersonSummary two = lookedAfterChild(LocalDate.of(2024, 1, 1), START);
        PersonSummary sixteen = lookedAfterChild(LocalDate.of(2009, 6, 1), START);
        ObligationView sdq = open(ten, CareHealthTimescales.SDQ).orElseThrow();
        assertThat(sdq.dueDate()).isEqualTo(START.plusMonths(12));
        assertThat(open(two, CareHealthTimescales.SDQ)).isEmpty();
        assertThat(open(sixteen, CareHealthTimescales.SDQ)).isEmpty();

        clock.setDate(START.plusMonths(11));
        assertThat(state(sdq)).isEqualTo(ObligationState.UPCOMING);
        clock.setDate(START.plusMonths(12).plusDays(1));
        assertThat(state(sdq)).isEqualTo(ObligationState.OVERDUE);
        NewCareHealthRecord badScore = new NewCareHealthRecord(CareHealthKind.SDQ, START.plusMonths(12), "Carer",
                41, null, null, null, null);
        assertThatThrownBy(() -> record(ten, badScore)).hasMessage("carehealth.error.score");
        record(ten, new NewCareHealthRecord(CareHealthKind.SDQ, START.plusMonths(12).plusDays(1), "Carer", 14, null,
                null, null, null));
        assertThat(state(sdq)).isEqualTo(ObligationState.MET_LATE);
        assertThat(open(ten, CareHealthTimescales.SDQ).orElseThrow().dueDate())
                .isEqualTo(START.plusMonths(24).plusDays(1));
    }

    @Test
    void personalEducationPlansAreReviewedTermlyAndAfterAChangeOfSchoolAndTheVirtualSchoolIsToldWithin48Hours() {
        PersonSummary child = lookedAfterChild(LocalDate.of(2015, 9, 9), START);
        ObligationView virtualSchool = open(child, CareHealthTimescales.VIRTUAL_SCHOOL).orElseThrow();
        assertThat(virtualSchool.dueDate()).isEqualTo(START.plusDays(2));
        ObligationView pep = open(child, CareHealthTimescales.PEP).orElseThrow();
        assertThat(pep.dueDate()).isEqualTo(LocalDate.of(2026, 2, 2));

        clock.setDate(LocalDate.of(2026, 1, 20));
        record(child, NewCareHealthRecord.of(CareHealthKind.VIRTUAL_SCHOOL_INFORMED, START.plusDays(1), "Virtual school"));
        assertThat(state(virtualSchool)).isEqualTo(ObligationState.MET_ON_TIME);
        record(child, NewCareHealthRecord.of(CareHealthKind.PEP, LocalDate.of(2026, 1, 20), "Designated teacher"));
        assertThat(state(pep)).isEqualTo(ObligationState.MET_ON_TIME);
        ObligationView review = open(child, CareHealthTimescales.PEP_REVIEW).orElseThrow();
        assertThat(review.dueDate()).isEqualTo(LocalDate.of(2026, 5, 20));

        clock.setDate(LocalDate.of(2026, 3, 2));
        record(child, new NewCareHealthRecord(CareHealthKind.SCHOOL_CHANGE, LocalDate.of(2026, 3, 2), "Social worker",
                null, null, "Hillside Academy", null, null));
        ObligationView afterChange = open(child, CareHealthTimescales.PEP_AFTER_SCHOOL_CHANGE).orElseThrow();
        record(child, NewCareHealthRecord.of(CareHealthKind.PEP_REVIEW, LocalDate.of(2026, 3, 2), "Designated teacher"));
        assertThat(state(afterChange)).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(state(review)).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(open(child, CareHealthTimescales.PEP_REVIEW).orElseThrow().dueDate())
                .isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void ceasingToBeLookedAfterStopsEveryObligationAndRecording() {
        PersonSummary child = fx.child(fx.name("Bo"), "Leaving", LocalDate.of(2014, 4, 4));
        UUID period = journey.becameLookedAfter(child.id(), START);
        assertThat(careHealth.dueFor(child.id())).isNotEmpty();
        clock.setDate(START.plusDays(10));
        journey.ceased(child.id(), period, START.plusDays(10));
        assertThat(careHealth.dueFor(child.id())).isEmpty();
        assertThat(careHealth.isLookedAfter(child.id())).isFalse();
        assertThat(careHealth.summaryFor(child.id()).ceasedOn()).isEqualTo(START.plusDays(10));
        assertThatThrownBy(() -> record(child, NewCareHealthRecord.of(CareHealthKind.DENTAL_CHECK, START, "Dentist")))
                .isInstanceOf(IllegalStateException.class).hasMessage("carehealth.error.notLookedAfter");
    }

    @Test
    void theOc2OutcomesForAYearComeFromTheRecordsInItAndVoidedRecordsAreLeftOut() {
        clock.setDate(LocalDate.of(2026, 4, 10));
        PersonSummary child = lookedAfterChild(LocalDate.of(2014, 4, 4), LocalDate.of(2025, 1, 6));
        PersonSummary newer = lookedAfterChild(LocalDate.of(2014, 4, 4), LocalDate.of(2025, 6, 1));
        record(child, NewCareHealthRecord.of(CareHealthKind.REVIEW_HEALTH_ASSESSMENT, LocalDate.of(2025, 9, 1), "Dr A"));
        record(child, new NewCareHealthRecord(CareHealthKind.IMMUNISATIONS, LocalDate.of(2025, 9, 1), "Dr A", null,
                CareHealthOutcome.UP_TO_DATE, null, null, null));
        UUID dental = record(child, NewCareHealthRecord.of(CareHealthKind.DENTAL_CHECK, LocalDate.of(2025, 10, 1), "Dentist"));
        record(child, new NewCareHealthRecord(CareHealthKind.SDQ, LocalDate.of(2025, 11, 1), "Carer", 12, null, null,
                null, null));
        record(child, new NewCareHealthRecord(CareHealthKind.SUBSTANCE_MISUSE, LocalDate.of(2026, 1, 10), "Nurse",
                null, CareHealthOutcome.IDENTIFIED, null, true, false));
        record(child, NewCareHealthRecord.of(CareHealthKind.DENTAL_CHECK, LocalDate.of(2026, 4, 2), "Dentist"));

        Oc2Outcomes oc2 = careHealth.outcomesFor(child.id(), LocalDate.of(2026, 3, 31));
        assertThat(oc2.eligible()).isTrue();
        assertThat(oc2.sdqExpected()).isTrue();
        assertThat(oc2.sdqScore()).isEqualTo(12);
        assertThat(oc2.healthAssessmentUpToDate()).isTrue();
        assertThat(oc2.immunisationsUpToDate()).isTrue();
        assertThat(oc2.teethChecked()).isTrue();
        assertThat(oc2.substanceMisuse()).isTrue();
        assertThat(oc2.interventionOffered()).isTrue();
        assertThat(oc2.interventionReceived()).isFalse();
        assertThat(Oc2Outcomes.code(oc2.interventionReceived())).isEqualTo("0");
        assertThat(careHealth.outcomesFor(newer.id(), LocalDate.of(2026, 3, 31)).eligible()).isFalse();

        long version = careHealth.find(dental).orElseThrow().version();
        assertThatThrownBy(() -> journey.as(manager, () -> careHealth.voidRecord(dental, version + 1, "Wrong child")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        journey.as(manager, () -> careHealth.voidRecord(dental, version, "Recorded on the wrong child"));
        assertThat(careHealth.outcomesFor(child.id(), LocalDate.of(2026, 3, 31)).teethChecked()).isFalse();
        assertThat(careHealth.recordsFor(child.id())).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(dental);
            assertThat(r.voided()).isTrue();
            assertThat(r.voidReason()).isEqualTo("Recorded on the wrong child");
        });
        assertThatThrownBy(() -> journey.as(manager, () -> careHealth.voidRecord(dental, version + 1, "Again")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recordsOutOfShapeAreRefusedWithAMessageKey() {
        PersonSummary child = lookedAfterChild(LocalDate.of(2014, 4, 4), START);
        assertThatThrownBy(() -> record(child, new NewCareHealthRecord(CareHealthKind.SUBSTANCE_MISUSE, START, "Nurse",
                null, CareHealthOutcome.IDENTIFIED, null, false, true))).hasMessage("carehealth.error.receivedNotOffered");
        assertThatThrownBy(() -> record(child, new NewCareHealthRecord(CareHealthKind.ADVOCATE, START, "Coram",
                null, CareHealthOutcome.UP_TO_DATE, null, null, null))).hasMessage("carehealth.error.outcome");
        assertThatThrownBy(() -> record(child, NewCareHealthRecord.of(CareHealthKind.SCHOOL_CHANGE, START, "SW")))
                .hasMessage("carehealth.error.detail");
        assertThatThrownBy(() -> record(child, NewCareHealthRecord.of(CareHealthKind.DENTAL_CHECK, START.plusDays(1),
                "Dentist"))).hasMessage("carehealth.error.dateFuture");
        UUID matched = record(child, new NewCareHealthRecord(CareHealthKind.INDEPENDENT_VISITOR, START, "Coram",
                null, CareHealthOutcome.MATCHED, "Visits monthly", null, null));
        assertThat(careHealth.summaryFor(child.id()).latest(CareHealthKind.INDEPENDENT_VISITOR).id()).isEqualTo(matched);
    }

    private UUID record(PersonSummary child, NewCareHealthRecord record) {
        return journey.as(worker, () -> careHealth.record(child.id(), record));
    }

    private Optional<ObligationView> open(PersonSummary child, String rule) {
        List<ObligationView> open = obligations.openFor(List.of(child.id()));
        return open.stream().filter(o -> o.ruleId().equals(rule)).findFirst();
    }

    private ObligationState state(ObligationView o) {
        return obligations.find(o.id()).orElseThrow().state();
    }
}
