package hearth.demo;

import hearth.security.Role;
import hearth.supervision.SupervisionAction;
import hearth.supervision.CaseSupervisionView;
import hearth.supervision.CaseSupervisions;
import hearth.supervision.ManagementOversight;
import hearth.supervision.NewCaseSupervision;
import hearth.supervision.NewOversight;
import hearth.supervision.NewPersonalSupervision;
import hearth.supervision.PersonalSupervisions;
import hearth.workforce.AllocationView;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A year of supervision, recorded on the day by the manager who held it: each worker's personal supervision (mostly
 * on time, some late, a few overdue now; fortnightly for a newly qualified worker), case supervision of allocated
 * children with actions the worker mostly completes, and management oversight (some children with none for months).
 */
@Component
class DemoSupervision implements DemoHistoryStep {

    private static final String[] DISCUSSIONS = {"Progress against the plan since the last visit",
        "School attendance has dropped; parents say the child is being bullied",
        "Home conditions improved but mother's engagement is inconsistent",
        "Child spoke to the worker alone about feeling unsafe at weekends"};
    private static final String[] REFLECTIONS = {"Risk is reducing but relies on one parent; the plan needs a "
            + "contingency", "We may be over-optimistic: the pattern of missed appointments is cumulative neglect",
        "The child's voice is clear and should drive the plan", "Drift since the last review: actions not done"};
    private static final String[] DIRECTIONS = {"Continue the plan; convene a core group within 10 working days",
        "Escalate to a strategy discussion if any further incident", "Step down to early help at the next review",
        "Complete the updated assessment before the review"};

    private final PersonalSupervisions personal;
    private final CaseSupervisions cases;
    private final ManagementOversight oversight;
    private final Workforce workforce;
    private final DemoActors actors;

    DemoSupervision(PersonalSupervisions personal, CaseSupervisions cases, ManagementOversight oversight,
            Workforce workforce, DemoActors actors) {
        this.personal = personal;
        this.cases = cases;
        this.oversight = oversight;
        this.workforce = workforce;
        this.actors = actors;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void run(LocalDate today, int referralsPerYear, DemoCast cast, Random random, Consumer<String> progress) {
        int sessions = 0;
        int children = 0;
        boolean newlyQualified = false;
        for (List<DemoCast.Team> teams : cast.teams().values()) {
            for (DemoCast.Team team : teams) {
                for (String worker : team.workers()) {
                    boolean nq = !newlyQualified && !worker.endsWith(".demo");
                    if (nq) {
                        workforce.markNewlyQualified(worker, today.plusMonths(4));
                        newlyQualified = true;
                    }
                    sessions += actors.journey(() -> personalYear(today, worker, team.manager(), Role.TEAM_MANAGER,
                            nq ? 14 : 28, random));
                }
                String head = workforce.teamOf(team.manager())
                        .flatMap(t -> workforce.headOfService(t.serviceId())).orElse(null);
                if (head != null && !head.equals(team.manager())) {
                    sessions += actors.journey(() -> personalYear(today, team.manager(), head, Role.SERVICE_MANAGER,
                            28, random));
                }
                for (AllocationView a : workforce.currentAllocationsOfTeam(team.id())) {
                    if (a.workerUsername() != null) {
                        actors.journey(() -> caseYear(today, a, team.manager(), random));
                        children++;
                    }
                }
            }
        }
        progress.accept("  " + sessions + " personal supervision sessions, case supervision and oversight for "
                + children + " children");
    }

    /** Supervision every {@code every} days or so from a year ago: a few late, and one in eight overdue now. */
    private int personalYear(LocalDate today, String worker, String supervisor, Role role, int every, Random random) {
        boolean overdueNow = random.nextInt(8) == 0;
        LocalDate stop = overdueNow ? today.minusDays(every + 10 + random.nextInt(30)) : today;
        LocalDate on = today.minusDays(360 + random.nextInt(10));
        int held = 0;
        while (!on.isAfter(stop)) {
            LocalDate day = on;
            as(supervisor, role, day, () -> personal.record(worker, new NewPersonalSupervision(day,
                    "Managing well; some pressure from court work", "Caseload manageable, two new allocations",
                    "Booked onto trauma-informed practice training", "Reflected on a difficult visit and what the "
                    + "child's behaviour was telling us", random.nextInt(3) == 0 ? "Protected time for recording"
                    : null)));
            held++;
            on = on.plusDays(random.nextInt(10) == 0 ? every + 8 + random.nextInt(14) : every - 3 + random.nextInt(6));
        }
        return held;
    }

    /** Case supervision about every six weeks and oversight about every two months; some children left without. */
    private boolean caseYear(LocalDate today, AllocationView a, String manager, Random random) {
        LocalDate from = a.from().isBefore(today.minusYears(1)) ? today.minusYears(1) : a.from();
        boolean oversightLapsed = random.nextInt(4) == 0;
        LocalDate on = from.plusDays(7 + random.nextInt(21));
        while (!on.isAfter(today)) {
            LocalDate day = on;
            LocalDate due = day.plusDays(14);
            CaseSupervisionView held = as(manager, Role.TEAM_MANAGER, day, () -> cases.record(a.childId(),
                    new NewCaseSupervision(day, a.workerUsername(), pick(DISCUSSIONS, random),
                            pick(REFLECTIONS, random), "Keep the current plan; review at the next supervision",
                            List.of(new SupervisionAction("Visit and see the child alone", a.workerUsername(), due)))));
            LocalDate doneOn = day.plusDays(5 + random.nextInt(14));
            if (!doneOn.isAfter(today) && random.nextInt(6) > 0) {
                var action = held.actions().get(0);
                as(a.workerUsername(), Role.SOCIAL_WORKER, doneOn, () -> cases.complete(action.id(), action.version()));
            }
            on = on.plusDays(35 + random.nextInt(20));
        }
        LocalDate lastOversight = oversightLapsed ? today.minusDays(100 + random.nextInt(60)) : today;
        on = from.plusDays(10 + random.nextInt(30));
        while (!on.isAfter(lastOversight)) {
            LocalDate day = on;
            LocalDate next = day.plusDays(56 + random.nextInt(28));
            as(manager, Role.TEAM_MANAGER, day, () -> oversight.record(a.childId(), new NewOversight(day,
                    pick(DIRECTIONS, random), "Reviewed the record, the plan and the latest visit", next)));
            on = next.minusDays(random.nextInt(10));
        }
        return true;
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    private <T> T as(String username, Role role, LocalDate day, Supplier<T> work) {
        return actors.as(username, role, DemoCarers.at(day), work);
    }
}
