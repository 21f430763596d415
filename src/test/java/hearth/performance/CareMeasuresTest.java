package hearth.performance;

import static hearth.performance.ChildrensJourneyMeasuresTest.point;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.adoption.AdoptionJourneyView;
import hearth.adoption.Adoptions;
import hearth.careleavers.AccommodationType;
import hearth.careleavers.Activity;
import hearth.careleavers.CareLeavers;
import hearth.careleavers.InTouch;
import hearth.careleavers.NewBirthdayRecord;
import hearth.childrenincare.CarePeriodView;
import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingEpisodes;
import hearth.missing.MissingKind;
import hearth.missing.MissingReturn;
import hearth.missing.NewMissingEpisode;
import hearth.missing.ReturnInterviewFindings;
import hearth.people.PersonSummary;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The children in care, missing, care leaver and adoption measures, each worked out from journeys recorded through
 * the contexts' APIs, read for the test's own team.
 */
@HearthTest
class CareMeasuresTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Measures measures;
    @Autowired
    MissingEpisodes missing;
    @Autowired
    CareLeavers careLeavers;
    @Autowired
    Adoptions adoptions;

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
    void aChildWithThreePlacementsInTwelveMonthsCountsAgainstStability() {
        PersonSummary moved = journeys.child("Mov", LocalDate.of(2050, 1, 1), LocalDate.of(2060, 1, 1));
        PersonSummary settled = journeys.child("Set", LocalDate.of(2050, 1, 1), LocalDate.of(2060, 1, 1));
        CarePeriodView care = journeys.lookedAfter(moved.id(), LocalDate.of(2060, 3, 1));
        journeys.placed(care.id(), LocalDate.of(2061, 2, 1), journeys.fx.name("Second"));
        journeys.placed(care.id(), LocalDate.of(2061, 5, 1), journeys.fx.name("Third"));
        journeys.lookedAfter(settled.id(), LocalDate.of(2061, 1, 15));

        assertThat(mine("placement-stability-3plus", YearMonth.of(2061, 5), 2))
                .containsExactly(point(2061, 4, 0, 2), point(2061, 5, 1, 2));
    }

    @Test
    void underSixteensLookedAfterTwoAndAHalfYearsCountWhenInTheSamePlacementTwoYears() {
        LocalDate held = LocalDate.of(2058, 1, 1);
        PersonSummary stayed = journeys.child("Sta", LocalDate.of(2050, 1, 1), held);
        PersonSummary movedOn = journeys.child("Mon", LocalDate.of(2050, 1, 1), held);
        PersonSummary older = journeys.child("Old", LocalDate.of(2043, 1, 1), held);
        PersonSummary recent = journeys.child("Rec", LocalDate.of(2050, 1, 1), held);
        journeys.lookedAfter(stayed.id(), LocalDate.of(2058, 6, 1));
        CarePeriodView moving = journeys.lookedAfter(movedOn.id(), LocalDate.of(2058, 6, 1));
        journeys.placed(moving.id(), LocalDate.of(2060, 3, 1), journeys.fx.name("Later"));
        journeys.lookedAfter(older.id(), LocalDate.of(2058, 6, 1));
        journeys.lookedAfter(recent.id(), LocalDate.of(2059, 6, 1));

        assertThat(mine("placement-stability-long-term", YearMonth.of(2061, 1), 1))
                .containsExactly(point(2061, 1, 1, 2));
    }

    @Test
    void aReturnInterviewCountsWhenHeldWithin72HoursOfComingBack() {
        PersonSummary quick = journeys.child("Qik", LocalDate.of(2047, 1, 1), LocalDate.of(2061, 1, 1));
        PersonSummary slow = journeys.child("Slw", LocalDate.of(2047, 1, 1), LocalDate.of(2061, 1, 1));
        backAndInterviewed(quick, LocalDateTime.of(2061, 7, 1, 10, 0), Duration.ofHours(70));
        backAndInterviewed(slow, LocalDateTime.of(2061, 7, 5, 10, 0), Duration.ofHours(80));

        assertThat(mine("missing-interviews-72h", YearMonth.of(2061, 7), 1)).containsExactly(point(2061, 7, 1, 2));
    }

    @Test
    void careLeaversAreCountedAroundTheirBirthdayForInTouchAccommodationAndActivity() {
        LocalDate born = LocalDate.of(2042, 8, 15);
        PersonSummary doing = leaver("Doi", born);
        PersonSummary lost = leaver("Los", born);
        PersonSummary struggling = leaver("Str", born);
        clock.setDate(LocalDate.of(2061, 8, 20));
        journeys.as(journeys.worker, () -> {
            careLeavers.recordBirthday(doing.id(), new NewBirthdayRecord(19, InTouch.YES, Activity.F1,
                    AccommodationType.B, true, LocalDate.of(2061, 8, 20)));
            careLeavers.recordBirthday(lost.id(), new NewBirthdayRecord(19, InTouch.NO, null, null, false,
                    LocalDate.of(2061, 8, 20)));
            return careLeavers.recordBirthday(struggling.id(), new NewBirthdayRecord(19, InTouch.YES, Activity.G5,
                    AccommodationType.B, false, LocalDate.of(2061, 8, 20)));
        });

        YearMonth august = YearMonth.of(2061, 8);
        assertThat(mine("care-leavers-in-touch", august, 1)).containsExactly(point(2061, 8, 2, 3));
        assertThat(mine("care-leavers-suitable-accommodation", august, 1)).containsExactly(point(2061, 8, 1, 3));
        assertThat(mine("care-leavers-eet", august, 1)).containsExactly(point(2061, 8, 1, 3));
    }

    @Test
    void adoptionTimelinessCountsChildrenMatchedAndMovingInWithinTheThresholds() {
        PersonSummary swift = journeys.child("Swi", LocalDate.of(2059, 1, 1), LocalDate.of(2059, 1, 1));
        PersonSummary waited = journeys.child("Wai", LocalDate.of(2058, 6, 1), LocalDate.of(2058, 6, 1));
        journeys.lookedAfter(swift.id(), LocalDate.of(2060, 1, 1));
        journeys.lookedAfter(waited.id(), LocalDate.of(2059, 1, 1));
        adopted(swift, LocalDate.of(2060, 3, 1), LocalDate.of(2060, 5, 1), LocalDate.of(2060, 7, 1),
                LocalDate.of(2060, 8, 1));
        adopted(waited, LocalDate.of(2059, 6, 1), LocalDate.of(2060, 1, 15), LocalDate.of(2060, 7, 20),
                LocalDate.of(2060, 8, 10));

        assertThat(mine("adoption-a2", YearMonth.of(2060, 7), 1)).containsExactly(point(2060, 7, 1, 2));
        assertThat(mine("adoption-a10", YearMonth.of(2060, 8), 1)).containsExactly(point(2060, 8, 1, 2));
    }

    private PersonSummary leaver(String name, LocalDate born) {
        PersonSummary child = journeys.child(name, born, LocalDate.of(2056, 1, 1));
        clock.setDate(LocalDate.of(2061, 8, 1));
        careLeavers.recordEarlierCare(child.id(), LocalDate.of(2056, 1, 1), born.plusYears(18), "C2", "E8");
        return child;
    }

    private void adopted(PersonSummary child, LocalDate decided, LocalDate order, LocalDate matched,
            LocalDate placed) {
        clock.setDate(placed.plusDays(1));
        journeys.as(journeys.manager, () -> {
            AdoptionJourneyView j = adoptions.decide(child.id(), decided, "Agency decision maker", false, false);
            j = adoptions.placementOrder(j.id(), j.version(), order);
            j = adoptions.match(j.id(), j.version(), matched, null, "Alex and Sam Patel");
            return adoptions.place(j.id(), j.version(), placed);
        });
    }

    private void backAndInterviewed(PersonSummary child, LocalDateTime back, Duration until) {
        clock.set(back.plusHours(1).atZone(MutableClock.LONDON).toInstant());
        MissingEpisodeView returned = journeys.as(journeys.worker, () -> {
            MissingEpisodeView m = missing.report(new NewMissingEpisode(child.id(), MissingKind.MISSING,
                    back.minusHours(12).atZone(MutableClock.LONDON).toInstant(), "Did not come home", true, "TV-1"));
            m = missing.recordReturn(m.id(), m.version(), new MissingReturn(back.atZone(MutableClock.LONDON)
                    .toInstant(), "Friend's house", "Safe"));
            return missing.offerInterview(m.id(), m.version(), back.plusHours(1).atZone(MutableClock.LONDON)
                    .toInstant());
        });
        var heldAt = back.atZone(MutableClock.LONDON).toInstant().plus(until);
        clock.set(heldAt.plusSeconds(60));
        journeys.as(journeys.worker, () -> missing.interviewHeld(returned.id(), returned.version(),
                new ReturnInterviewFindings(heldAt, "Ms Interviewer", "Arguments at home", "Friends", Set.of(),
                        "Safe now")));
    }

    private List<MeasurePoint> mine(String measureId, YearMonth last, int months) {
        return measures.trendByTeam(measureId, last, months).stream()
                .filter(t -> journeys.team.equals(t.teamId())).findFirst().orElseThrow().points();
    }
}
