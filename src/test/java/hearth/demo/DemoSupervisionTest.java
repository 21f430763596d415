package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.supervision.CaseSupervisionView;
import hearth.supervision.CaseSupervisions;
import hearth.supervision.ManagementOversight;
import hearth.supervision.PersonalSupervisionView;
import hearth.supervision.PersonalSupervisions;
import hearth.supervision.SupervisionStanding;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.workforce.TeamKind;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The generator records a year of personal supervision for every worker (mostly on time, some overdue now), and case
 * supervision and oversight of allocated children, each by the manager on the day.
 */
@HearthTest
class DemoSupervisionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    DemoSupervision demo;
    @Autowired
    PersonalSupervisions personal;
    @Autowired
    CaseSupervisions cases;
    @Autowired
    ManagementOversight oversight;
    @Autowired
    Workforce workforce;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aYearOfSupervisionMostlyOnTimeWithSomeOverdueNowAndCaseSupervisionOfAllocatedChildren() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        clock.setDate(today);
        Fixtures fx = new Fixtures(context);
        String head = fx.unique("sm");
        String manager = fx.unique("tm");
        UUID service = workforce.ensureService(fx.unique("Service"), head);
        UUID team = fx.team(service, manager);
        fx.user(manager, "Manager", Role.TEAM_MANAGER, team);
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            workers.add(fx.user(Role.SOCIAL_WORKER, team));
        }
        PersonSummary child = fx.child(fx.name("Demo"), "Supervised", LocalDate.of(2016, 3, 4));
        workforce.allocate(child.id(), team, workers.get(1), today.minusMonths(9), "test allocation");

        demo.run(today, 30, new DemoCast(Map.of(TeamKind.CHILD_PROTECTION,
                List.of(new DemoCast.Team(team, manager, workers)))), new Random(11), line -> { });

        List<PersonalSupervisionView> held = personal.of(workers.get(1));
        assertThat(held.size()).isGreaterThanOrEqualTo(6);
        assertThat(held).allSatisfy(s -> {
            assertThat(s.supervisor()).isEqualTo(manager);
            assertThat(s.heldOn()).isBetween(today.minusYears(1).minusDays(10), today);
        });
        List<SupervisionStanding> standings = personal.supervisedBy(manager);
        assertThat(standings).hasSize(12);
        assertThat(standings).noneMatch(SupervisionStanding::neverSupervised);
        long overdue = standings.stream().filter(SupervisionStanding::overdue).count();
        assertThat(overdue).isBetween(1L, 6L);
        assertThat(standings).anyMatch(SupervisionStanding::newlyQualified);

        List<CaseSupervisionView> supervised = cases.of(child.id());
        assertThat(supervised).isNotEmpty().allSatisfy(s -> {
            assertThat(s.supervisor()).isEqualTo(manager);
            assertThat(s.worker()).isEqualTo(workers.get(1));
            assertThat(s.actions()).hasSize(1);
        });
        assertThat(supervised).flatExtracting(CaseSupervisionView::actions).anyMatch(a -> a.done());
        assertThat(oversight.of(child.id())).allSatisfy(o -> assertThat(o.manager()).isEqualTo(manager));
    }

    @Test
    void theSeededDemoAuthorityHasSupervisionForItsWorkersAndChildren() {
        assertThat(personal.of("sw.demo")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.supervisor()).isEqualTo("tm.demo"));
        assertThat(personal.supervisedBy("tm.demo")).extracting(SupervisionStanding::worker).contains("sw.demo");
        assertThat(personal.of("tm.demo")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.supervisor()).isEqualTo("sm.demo"));
    }
}
