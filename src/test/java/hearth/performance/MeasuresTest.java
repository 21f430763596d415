package hearth.performance;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Obligations;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every timescale rule is a measure: the share of what fell due in a month that was met on time. */
@HearthTest
class MeasuresTest {

    @Autowired
    Measures measures;
    @Autowired
    Obligations obligations;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    Workforce workforce;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyTimescaleRuleIsATimelinessMeasure() {
        assertThat(measures.catalogue()).extracting(MeasureDefinition::id)
                .contains("timeliness:referral-decision", "timeliness:assessment-45-working-days");
        assertThat(measures.find("timeliness:referral-decision")).get()
                .extracting(MeasureDefinition::polarity).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(measures.find("no-such-measure")).isEmpty();
    }

    @Test
    void aMonthCountsTheDecisionsDueInItAndThoseMetOnTime() {
        // A month far ahead, so no other test's obligations fall due in it.
        LocalDate monday = LocalDate.of(2061, 3, 7);
        clock.set(monday.atTime(9, 0).atZone(MutableClock.LONDON).toInstant());
        UUID met = obligations.open(UUID.randomUUID(), "referral-decision", monday, "test", "nobody");
        obligations.satisfy(met, monday.atTime(15, 0).atZone(MutableClock.LONDON).toInstant(), "decided");
        obligations.open(UUID.randomUUID(), "referral-decision", monday.plusDays(7), "test", "nobody");

        clock.set(LocalDate.of(2061, 4, 20).atTime(9, 0).atZone(MutableClock.LONDON).toInstant());
        MeasureTrend trend = measures.trend("timeliness:referral-decision", YearMonth.of(2061, 4), 3).orElseThrow();

        assertThat(trend.points()).extracting(MeasurePoint::month)
                .containsExactly(YearMonth.of(2061, 2), YearMonth.of(2061, 3), YearMonth.of(2061, 4));
        assertThat(trend.points().get(1)).isEqualTo(new MeasurePoint(YearMonth.of(2061, 3), 1, 2));
        assertThat(trend.points().get(1).percent()).isEqualTo(50.0);
        assertThat(trend.points().get(0).percent()).isNull();
        assertThat(trend.latest().month()).isEqualTo(YearMonth.of(2061, 3));
        assertThat(trend.direction()).isNull();
    }

    @Test
    void aTimelinessMeasureSplitsByTheTeamHoldingEachChildOnTheDueDate() {
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        PersonSummary child = fx.child(fx.name("Tim"), "Measured", LocalDate.of(2050, 1, 1));
        workforce.allocate(child.id(), team, worker, LocalDate.of(2062, 1, 1), "test allocation");
        LocalDate monday = LocalDate.of(2062, 10, 9);
        clock.set(monday.atTime(9, 0).atZone(MutableClock.LONDON).toInstant());
        UUID met = obligations.open(child.id(), "referral-decision", monday, "test", "nobody");
        obligations.satisfy(met, monday.atTime(15, 0).atZone(MutableClock.LONDON).toInstant(), "decided");
        obligations.open(child.id(), "referral-decision", monday.plusDays(7), "test", "nobody");
        clock.set(LocalDate.of(2062, 11, 20).atTime(9, 0).atZone(MutableClock.LONDON).toInstant());

        assertThat(measures.knowsChildren("timeliness:referral-decision")).isTrue();
        assertThat(measures.trendByTeam("timeliness:referral-decision", YearMonth.of(2062, 10), 1))
                .filteredOn(t -> team.equals(t.teamId())).singleElement()
                .satisfies(t -> assertThat(t.points()).containsExactly(new MeasurePoint(YearMonth.of(2062, 10), 1, 2)));
        assertThat(measures.drillDown("timeliness:referral-decision", YearMonth.of(2062, 10), team))
                .extracting(MeasureChild::childId, MeasureChild::counted).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(child.id(), true),
                        org.assertj.core.groups.Tuple.tuple(child.id(), false));
    }

    @Test
    void aTrendIsBetterWhenItMovesTheWayTheMeasureWants() {
        MeasureDefinition up = new MeasureDefinition("x", "x", Polarity.HIGHER_IS_BETTER, "g");
        MeasureDefinition down = new MeasureDefinition("y", "y", Polarity.LOWER_IS_BETTER, "g");
        var rising = java.util.List.of(new MeasurePoint(YearMonth.of(2026, 1), 1, 4),
                new MeasurePoint(YearMonth.of(2026, 2), 0, 0), new MeasurePoint(YearMonth.of(2026, 3), 3, 4));

        assertThat(new MeasureTrend(up, rising).direction()).isEqualTo(MeasureTrend.Direction.BETTER);
        assertThat(new MeasureTrend(down, rising).direction()).isEqualTo(MeasureTrend.Direction.WORSE);
    }
}
