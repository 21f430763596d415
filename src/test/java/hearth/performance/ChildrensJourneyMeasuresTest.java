package hearth.performance;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.childprotection.PlanView;
import hearth.frontdoor.ReferralView;
import hearth.people.PersonSummary;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The front door, assessment and child protection measures, each worked out from journeys recorded through the
 * contexts' APIs. Measures count the whole authority, so each test reads the measure for its own team.
 */
@HearthTest
class ChildrensJourneyMeasuresTest {

    static final LocalDate BORN = LocalDate.of(2055, 3, 1);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Measures measures;

    MeasureJourneys journeys;

    @BeforeEach
    void setUp() {
        journeys = new MeasureJourneys(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyNationalMeasureHasItsStableIdAndKnowsItsChildren() {
        List<String> ids = List.of("re-referrals", "assessments-45wd", "icpc-15wd", "cp-second-plans",
                "cp-plans-2-years", "placement-stability-3plus", "placement-stability-long-term",
                "missing-interviews-72h", "care-leavers-in-touch", "care-leavers-suitable-accommodation",
                "care-leavers-eet", "adoption-a10", "adoption-a2");
        assertThat(measures.catalogue()).extracting(MeasureDefinition::id).containsAll(ids);
        ids.forEach(id -> assertThat(measures.knowsChildren(id)).as(id).isTrue());
        assertThat(measures.find("re-referrals").orElseThrow().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(measures.find("assessments-45wd").orElseThrow().name()).contains("45 working days");
        assertThat(measures.knowsChildren("no-such-measure")).isFalse();
        assertThat(measures.trendByTeam("no-such-measure", 3)).isEmpty();
    }

    @Test
    void aReferralWithinTwelveMonthsOfAnotherIsAReReferral() {
        PersonSummary again = journeys.child("Rea", BORN, LocalDate.of(2061, 1, 1));
        PersonSummary first = journeys.child("Fir", BORN, LocalDate.of(2061, 1, 1));
        PersonSummary longAgo = journeys.child("Lon", BORN, LocalDate.of(2059, 1, 1));
        journeys.referral(again.id(), LocalDate.of(2061, 1, 10));
        journeys.referral(again.id(), LocalDate.of(2061, 5, 10));
        journeys.referral(first.id(), LocalDate.of(2061, 5, 12));
        journeys.referral(longAgo.id(), LocalDate.of(2059, 6, 1));
        journeys.referral(longAgo.id(), LocalDate.of(2061, 5, 20));

        assertThat(mine("re-referrals", YearMonth.of(2061, 5), 5)).containsExactly(
                point(2061, 1, 0, 1), point(2061, 2, 0, 0), point(2061, 3, 0, 0), point(2061, 4, 0, 0),
                point(2061, 5, 1, 3));
        assertThat(measures.drillDown("re-referrals", YearMonth.of(2061, 5), journeys.team))
                .extracting(MeasureChild::childId, MeasureChild::counted)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(again.id(), true),
                        org.assertj.core.groups.Tuple.tuple(first.id(), false),
                        org.assertj.core.groups.Tuple.tuple(longAgo.id(), false));
    }

    @Test
    void anAssessmentCountsInTheMonthItIsCompletedAndIsOnTimeWithin45WorkingDays() {
        PersonSummary quick = journeys.child("Qui", BORN, LocalDate.of(2061, 1, 1));
        PersonSummary slow = journeys.child("Slo", BORN, LocalDate.of(2061, 1, 1));
        ReferralView q = journeys.referral(quick.id(), LocalDate.of(2061, 3, 1));
        ReferralView s = journeys.referral(slow.id(), LocalDate.of(2061, 1, 3));
        journeys.assess(q, LocalDate.of(2061, 3, 21));
        journeys.assess(s, LocalDate.of(2061, 3, 22));

        assertThat(mine("assessments-45wd", YearMonth.of(2061, 3), 1)).containsExactly(point(2061, 3, 1, 2));
        assertThat(measures.drillDown("assessments-45wd", YearMonth.of(2061, 3), journeys.team))
                .filteredOn(MeasureChild::counted).extracting(MeasureChild::childId).containsExactly(quick.id());
    }

    @Test
    void conferencesPlansAgainAndPlansLastingTwoYearsCountForTheTeamHoldingTheChild() {
        PersonSummary onTime = journeys.child("Ont", BORN, LocalDate.of(2058, 1, 1));
        PersonSummary late = journeys.child("Lat", BORN, LocalDate.of(2058, 1, 1));
        PlanView first = journeys.protectionPlan(onTime.id(), LocalDate.of(2059, 4, 1), LocalDate.of(2059, 4, 14));
        journeys.endPlan(first, LocalDate.of(2061, 4, 20));
        journeys.protectionPlan(onTime.id(), LocalDate.of(2061, 6, 1), LocalDate.of(2061, 6, 8));
        PlanView lateOne = journeys.protectionPlan(late.id(), LocalDate.of(2061, 5, 10), LocalDate.of(2061, 6, 20));
        journeys.endPlan(lateOne, LocalDate.of(2061, 6, 25));

        assertThat(mine("icpc-15wd", YearMonth.of(2061, 6), 1)).containsExactly(point(2061, 6, 1, 2));
        assertThat(mine("cp-second-plans", YearMonth.of(2061, 6), 1)).containsExactly(point(2061, 6, 1, 2));
        assertThat(mine("cp-plans-2-years", YearMonth.of(2061, 6), 3)).containsExactly(
                point(2061, 4, 1, 1), point(2061, 5, 0, 0), point(2061, 6, 0, 1));
    }

    private List<MeasurePoint> mine(String measureId, YearMonth last, int months) {
        return measures.trendByTeam(measureId, last, months).stream()
                .filter(t -> journeys.team.equals(t.teamId())).findFirst().orElseThrow().points();
    }

    static MeasurePoint point(int year, int month, long counted, long of) {
        return new MeasurePoint(YearMonth.of(year, month), counted, of);
    }
}
