package hearth.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.PlacementStarted;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A child's adoption journey: steps in order, the 6-month match clock and the A10 / A2 timeliness measures. */
@HearthTest
class AdoptionJourneyTest {

    static final LocalDate CARE = LocalDate.of(2025, 1, 6);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Adoptions adoptions;
    @Autowired
    Obligations obligations;
    @Autowired
    ApplicationEventPublisher events;

    PersonSummary child;
    UUID period = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        clock.setDate(CARE);
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child(fx.name("Ada"), "Option", LocalDate.of(2024, 2, 1));
        fx.allocate(child.id(), team, worker);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(worker, null, List.of()));
        events.publishEvent(new ChildBecameLookedAfter(child.id(), period, CARE, "C2", "N1", worker));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    /** The adoption clocks open for the child (becoming looked after opens other contexts' clocks too). */
    private List<ObligationView> open() {
        return obligations.openFor(List.of(child.id())).stream()
                .filter(o -> o.ruleId().equals(Adoptions.MATCH_RULE)).toList();
    }

    @Test
    void aJourneyMeasuresDaysFromCareToMovingInAndFromPlacementOrderToMatch() {
        clock.setDate(CARE.plusDays(200));
        AdoptionJourneyView j = adoptions.decide(child.id(), CARE.plusDays(200), "Head of service", false, false);
        assertThat(open()).singleElement().satisfies(o -> {
            assertThat(o.ruleId()).isEqualTo(Adoptions.MATCH_RULE);
            assertThat(o.dueDate()).isEqualTo(CARE.plusDays(200).plusMonths(6));
        });
        clock.setDate(CARE.plusDays(300));
        j = adoptions.placementOrder(j.id(), j.version(), CARE.plusDays(300));
        clock.setDate(CARE.plusDays(450));
        AdoptionTimeliness waiting = adoptions.timeliness(j);
        assertThat(waiting.a10Days()).isEqualTo(450);
        assertThat(waiting.a10Complete()).isFalse();
        assertThat(waiting.a10Over()).isTrue();
        assertThat(waiting.a2Days()).isEqualTo(150);
        assertThat(waiting.a2Over()).isTrue();

        j = adoptions.match(j.id(), j.version(), CARE.plusDays(400), null, "Alex and Sam Patel");
        assertThat(open()).isEmpty();
        j = adoptions.place(j.id(), j.version(), CARE.plusDays(420));
        AdoptionTimeliness done = adoptions.timeliness(j);
        assertThat(done.a10Days()).isEqualTo(420);
        assertThat(done.a10Complete()).isTrue();
        assertThat(done.a10Over()).isFalse();
        assertThat(done.a2Days()).isEqualTo(100);
        assertThat(done.a2Over()).isFalse();
        j = adoptions.order(j.id(), j.version(), CARE.plusDays(440));
        assertThat(j.stage()).isEqualTo("ADOPTED");
        assertThat(j.active()).isFalse();
    }

    @Test
    void theMatchClockIsOverdueAfterSixMonthsAndMetLateByAMatch() {
        AdoptionJourneyView j = adoptions.decide(child.id(), CARE, "ADM", false, true);
        UUID obligation = open().get(0).id();
        j = adoptions.placementOrder(j.id(), j.version(), CARE);
        clock.setDate(CARE.plusMonths(6).plusDays(3));
        assertThat(open().get(0).state()).isEqualTo(ObligationState.OVERDUE);
        adoptions.match(j.id(), j.version(), adoptions.today(), null, "Jo Smith");
        assertThat(obligations.find(obligation).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(open()).isEmpty();
    }

    @Test
    void stepsFollowEachOtherAndAStoppedPlanEndsTheClock() {
        AdoptionJourneyView j = adoptions.decide(child.id(), CARE, "ADM", false, false);
        UUID id = j.id();
        long v = j.version();
        assertThatThrownBy(() -> adoptions.match(id, v, CARE, null, "X"))
                .satisfies(e -> assertThat(((AdoptionRuleBroken) e).key()).isEqualTo("adoption.rule.matchBeforeOrder"));
        assertThatThrownBy(() -> adoptions.place(id, v, CARE))
                .satisfies(e -> assertThat(((AdoptionRuleBroken) e).key()).isEqualTo("adoption.rule.placeBeforeMatch"));
        assertThatThrownBy(() -> adoptions.decide(child.id(), CARE, "ADM", false, false))
                .isInstanceOf(AdoptionRuleBroken.class);
        j = adoptions.stop(id, v, CARE, "Returning home to mother after a positive parenting assessment");
        assertThat(j.stage()).isEqualTo("STOPPED");
        assertThat(open()).isEmpty();
    }

    @Test
    void fosteringForAdoptionEndsTheA10ClockAtTheStartOfTheFosterPlacement() {
        clock.setDate(CARE.plusDays(30));
        AdoptionJourneyView j = adoptions.decide(child.id(), CARE.plusDays(20), "ADM", true, false);
        j = adoptions.fosteredForAdoption(j.id(), j.version(), CARE.plusDays(25));
        assertThat(adoptions.timeliness(j).a10Days()).isEqualTo(25);
        assertThat(adoptions.timeliness(j).a10Complete()).isTrue();
    }

    @Test
    void aPlacementForAdoptionFromChildrenInCareEndsTheA10ClockWhenNotRecordedHere() {
        clock.setDate(CARE.plusDays(100));
        AdoptionJourneyView j = adoptions.decide(child.id(), CARE.plusDays(10), "ADM", false, false);
        events.publishEvent(new PlacementStarted(child.id(), period, UUID.randomUUID(), CARE.plusDays(90), "A4", "E",
                "Adopters", false, "sw"));
        assertThat(adoptions.timeliness(j).a10Days()).isEqualTo(90);
    }
}
