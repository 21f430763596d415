package hearth.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.chronology.Chronology;
import hearth.people.PersonSummary;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Case supervision actions are the owner's due work until done; oversight sets the manager's next review; children
 * with no oversight within the local standard are listed for their managers, longest without first.
 */
@HearthTest
class CaseSupervisionAndOversightTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseSupervisions supervisions;
    @Autowired
    ManagementOversight oversight;
    @Autowired
    Obligations obligations;

    SupervisionWorld world;
    LocalDate today = LocalDate.of(2026, 6, 1);

    @BeforeEach
    void setUp() {
        clock.setDate(today);
        world = new SupervisionWorld(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAgreedActionIsInTheOwnersWorkUntilDoneAndLateOnceItsDateHasPassed() {
        PersonSummary child = child(today.minusMonths(1));
        CaseSupervisionView held = world.as(world.manager, () -> supervisions.record(child.id(),
                new NewCaseSupervision(today, world.worker, "Home visit findings", "Neglect is cumulative",
                        "Stay on a child in need plan", List.of(new SupervisionAction("Visit school", world.worker,
                                today.plusDays(7))))));

        ObligationView due = action(world.worker);
        assertThat(due.subjectId()).isEqualTo(child.id());
        assertThat(due.dueDate()).isEqualTo(today.plusDays(7));
        clock.setDate(today.plusDays(8));
        assertThat(obligations.find(due.id()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);

        SupervisionActionView agreed = held.actions().get(0);
        world.as(world.worker, () -> supervisions.complete(agreed.id(), agreed.version()));
        assertThatThrownBy(() -> world.as(world.manager, () -> supervisions.complete(agreed.id(), agreed.version())))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(obligations.find(due.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(supervisions.of(child.id()).get(0).actions().get(0).completedBy()).isEqualTo(world.worker);
        assertThat(obligations.openAssignedTo(world.worker)).extracting(ObligationView::ruleId)
                .doesNotContain(SupervisionTimescales.ACTION_RULE);
    }

    @Test
    void caseSupervisionAndOversightAreOnTheChildsChronology() {
        PersonSummary child = child(today.minusMonths(1));
        world.as(world.manager, () -> supervisions.record(child.id(), new NewCaseSupervision(today, world.worker,
                "Discussed", "Reflected", "Decided", List.of())));
        world.as(world.manager, () -> oversight.record(child.id(), new NewOversight(today, "Convene a meeting",
                "Drift since the assessment", today.plusMonths(1))));
        Chronology chronology = context.getBean(Chronology.class);
        List<String> summaries = world.as(world.manager, () -> chronology.entriesFor(child.id(),
                hearth.chronology.ChronologyFilter.ALL)).stream()
                .filter(e -> e.category() == hearth.chronology.EntryCategory.SUPERVISION).map(e -> e.summary()).toList();
        assertThat(summaries).hasSize(2).anySatisfy(s -> assertThat(s).startsWith("Case supervision: Manager")
                .contains(world.workerName + "'s work (0 actions agreed)"))
                .anySatisfy(s -> assertThat(s).startsWith("Management oversight by Manager")
                        .contains("next review by"));
    }

    @Test
    void oversightOpensTheManagersNextReviewAndTheNextOversightMeetsIt() {
        PersonSummary child = child(today.minusMonths(1));
        world.as(world.manager, () -> oversight.record(child.id(), new NewOversight(today, "Convene a meeting",
                "Drift since the assessment", today.plusMonths(1))));
        ObligationView review = obligations.openAssignedTo(world.manager).stream()
                .filter(o -> o.ruleId().equals(SupervisionTimescales.OVERSIGHT_REVIEW_RULE)).findFirst().orElseThrow();
        assertThat(review.dueDate()).isEqualTo(today.plusMonths(1));

        clock.setDate(today.plusDays(20));
        world.as(world.manager, () -> oversight.record(child.id(), new NewOversight(today.plusDays(20),
                "Meeting held; keep the plan", "Progress", today.plusMonths(2))));
        assertThat(obligations.find(review.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(oversight.of(child.id())).hasSize(2);
    }

    @Test
    void childrenWithNoOversightWithinTheStandardAreListedLongestWithoutFirst() {
        PersonSummary recent = child(today.minusMonths(6));
        PersonSummary never = child(today.minusMonths(5));
        PersonSummary stale = child(today.minusMonths(8));
        child(today.minusWeeks(2));
        world.as(world.manager, () -> oversight.record(recent.id(), new NewOversight(today.minusWeeks(3), "Carry on",
                "Stable", today.plusMonths(1))));
        world.as(world.manager, () -> oversight.record(stale.id(), new NewOversight(today.minusMonths(7), "Carry on",
                "Stable", today.minusMonths(6))));

        List<OversightGap> gaps = oversight.gapsFor(world.head);
        assertThat(gaps).extracting(OversightGap::childId).containsExactly(stale.id(), never.id());
        assertThat(gaps.get(0).lastOversight()).isEqualTo(today.minusMonths(7));
        assertThat(gaps.get(1).lastOversight()).isNull();
        assertThat(gaps.get(1).daysWithout()).isEqualTo(today.minusMonths(5).until(today, java.time.temporal.ChronoUnit.DAYS));
        assertThat(oversight.gapsFor(world.manager)).extracting(OversightGap::childId)
                .containsExactly(stale.id(), never.id());
        assertThat(oversight.gapsFor(world.worker)).isEmpty();
    }

    private PersonSummary child(LocalDate allocated) {
        PersonSummary child = world.fx.child(world.fx.name("Sup"), "Child", LocalDate.of(2015, 2, 3));
        world.workforce.allocate(child.id(), world.team, world.worker, allocated, "test allocation");
        return child;
    }

    private ObligationView action(String owner) {
        return obligations.openAssignedTo(owner).stream()
                .filter(o -> o.ruleId().equals(SupervisionTimescales.ACTION_RULE)).findFirst().orElseThrow();
    }
}
