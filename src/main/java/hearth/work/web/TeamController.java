package hearth.work.web;

import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.shared.Ids;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Deadline;
import hearth.timescales.LocalStandards;
import hearth.timescales.Obligations;
import hearth.timescales.WorkingDays;
import hearth.timescales.Workload;
import hearth.workforce.AllocationView;
import hearth.workforce.TeamView;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A manager's view of a team: each worker's caseload, overdue items and items due this week; the
 * children held on duty, unallocated, or with an absent worker, for reallocation.
 */
@Controller
class TeamController {

    /** A worker's line in the team table. */
    record WorkerRow(WorkerView worker, long children, long overdue, long dueThisWeek) {
    }

    /** A child the team holds without a worker who can act now. */
    record HeldChild(UUID childId, String childName, boolean restricted, AllocationView allocation, long daysHeld,
            WorkerView worker) {
    }

    private final Workforce workforce;
    private final Obligations obligations;
    private final WorkItems items;

    private final LocalStandards standards;
    private final WorkingDays workingDays;

    TeamController(Workforce workforce, Obligations obligations, WorkItems items, LocalStandards standards,
            WorkingDays workingDays) {
        this.standards = standards;
        this.workingDays = workingDays;
        this.workforce = workforce;
        this.obligations = obligations;
        this.items = items;
    }

    @Bean
    static NavigationLink teamLink() {
        return new NavigationLink(6, "nav.team", "/team", Permission.VIEW_TEAM_WORK);
    }

    @GetMapping("/team")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String team(@RequestParam(required = false) String team, Model model) {
        HearthUser user = CurrentUser.require();
        List<TeamView> visible = visibleTeams(user);
        model.addAttribute("teams", user.has(Permission.VIEW_SERVICE_WORK) ? visible : List.of());
        if (visible.isEmpty()) {
            model.addAttribute("team", null);
            return "work/team";
        }
        TeamView chosen = visible.get(0);
        if (team != null && !team.isBlank()) {
            UUID id = Ids.parseOrNull(team.strip());
            if (id == null) {
                throw new IllegalArgumentException("A team is chosen by its identifier");
            }
            chosen = visible.stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Team"));
        }
        LocalDate today = items.today();
        LocalDate weekEnd = endOfWeek(today);
        List<AllocationView> allocations = workforce.currentAllocationsOfTeam(chosen.id());
        List<WorkerView> workers = workforce.workersIn(chosen.id());
        Map<String, WorkerView> byUsername = workers.stream()
                .collect(Collectors.toMap(WorkerView::username, w -> w, (a, b) -> a, LinkedHashMap::new));
        List<String> responsibles = new ArrayList<>(byUsername.keySet());
        responsibles.add(chosen.id().toString());
        Map<String, Workload> workload = obligations.workloadOf(responsibles, weekEnd);
        Map<String, Long> caseload = allocations.stream().filter(a -> a.workerUsername() != null)
                .collect(Collectors.groupingBy(AllocationView::workerUsername, Collectors.counting()));
        List<WorkerRow> rows = workers.stream().map(w -> {
            Workload load = workload.getOrDefault(w.username(), Workload.none(w.username()));
            return new WorkerRow(w, caseload.getOrDefault(w.username(), 0L), load.overdue(), load.dueBy());
        }).toList();

        Set<UUID> childIds = allocations.stream().map(AllocationView::childId).collect(Collectors.toSet());
        Map<UUID, PersonSummary> children = items.names(childIds);
        Set<UUID> restricted = items.restrictedAmong(childIds);
        List<HeldChild> onDuty = held(allocations, a -> a.workerUsername() == null, children, restricted, byUsername, today);
        List<HeldChild> unallocated = held(allocations,
                a -> a.workerUsername() != null && !byUsername.containsKey(a.workerUsername()), children, restricted,
                byUsername, today);
        List<HeldChild> absent = held(allocations,
                a -> a.workerUsername() != null && byUsername.containsKey(a.workerUsername())
                        && byUsername.get(a.workerUsername()).absentFrom() != null,
                children, restricted, byUsername, today);

        model.addAttribute("team", chosen);
        model.addAttribute("rows", rows);
        model.addAttribute("teamWorkload", workload.get(chosen.id().toString()));
        model.addAttribute("onDuty", onDuty);
        Deadline dutyLimit = standards.current(LocalStandards.DUTY_HOLD_LIMIT);
        model.addAttribute("dutyLimit", dutyLimit);
        model.addAttribute("tooLongOnDuty", onDuty.stream()
                .filter(h -> heldTooLong(h.allocation().from(), dutyLimit, today)).map(HeldChild::childId)
                .collect(Collectors.toSet()));
        model.addAttribute("unallocated", unallocated);
        model.addAttribute("absent", absent);
        model.addAttribute("weekEnd", weekEnd);
        model.addAttribute("teamParam", team == null || team.isBlank() ? null : chosen.id());
        return "work/team";
    }

    @GetMapping("/team/workers/{username}")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String worker(@PathVariable String username, @RequestParam(defaultValue = "all") String show, Model model) {
        if (!Set.of("all", "overdue", "week").contains(show)) {
            throw new IllegalArgumentException("Show all, overdue or week");
        }
        HearthUser user = CurrentUser.require();
        WorkerView worker = workforce.worker(username)
                .filter(w -> visibleTeams(user).stream().anyMatch(t -> t.id().equals(w.teamId())))
                .orElseThrow(() -> new NotFoundException("Worker"));
        LocalDate weekEnd = endOfWeek(items.today());
        Predicate<ObligationView> filter = switch (show) {
            case "overdue" -> o -> o.state() == ObligationState.OVERDUE;
            case "week" -> o -> o.state() != ObligationState.OVERDUE && !o.dueDate().isAfter(weekEnd);
            default -> o -> true;
        };
        List<ObligationView> open = obligations.openAssignedTo(username).stream().filter(filter).toList();
        List<AllocationView> allocations = workforce.currentAllocationsOfTeam(worker.teamId()).stream()
                .filter(a -> username.equals(a.workerUsername())).toList();
        Set<UUID> childIds = allocations.stream().map(AllocationView::childId).collect(Collectors.toSet());
        Map<UUID, PersonSummary> children = items.names(childIds);
        Set<UUID> restricted = items.restrictedAmong(childIds);
        model.addAttribute("worker", worker);
        model.addAttribute("team", workforce.team(worker.teamId()).orElse(null));
        model.addAttribute("show", show);
        model.addAttribute("weekEnd", weekEnd);
        model.addAttribute("items", items.rows(open, WorkItems.MOST_URGENT_FIRST));
        model.addAttribute("children", held(allocations, a -> true, children, restricted, Map.of(), items.today()));
        return "work/worker";
    }

    /** The teams a manager may look at: their own, or for a service manager every team in their service. */
    private List<TeamView> visibleTeams(HearthUser user) {
        String username = user.getUsername();
        Optional<TeamView> own = workforce.teamOf(username)
                .or(() -> workforce.teams().stream().filter(t -> username.equals(t.managerUsername())).findFirst());
        if (own.isEmpty()) {
            return List.of();
        }
        if (!user.has(Permission.VIEW_SERVICE_WORK)) {
            return List.of(own.get());
        }
        List<TeamView> teams = new ArrayList<>(workforce.teamsIn(own.get().serviceId()));
        teams.removeIf(t -> t.id().equals(own.get().id()));
        teams.add(0, own.get());
        return teams;
    }

    /** Held on duty past the council's limit: the limit counted from the day the child went on duty has passed. */
    boolean heldTooLong(LocalDate from, Deadline limit, LocalDate today) {
        LocalDate last = switch (limit.unit()) {
            case WORKING_DAYS -> workingDays.statutory().addWorkingDays(from, limit.amount());
            case WEEKS -> from.plusWeeks(limit.amount());
            case MONTHS -> from.plusMonths(limit.amount());
            default -> from.plusDays(limit.amount());
        };
        return today.isAfter(last);
    }

    static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    private static List<HeldChild> held(List<AllocationView> allocations, Predicate<AllocationView> which,
            Map<UUID, PersonSummary> children, Set<UUID> restricted, Map<String, WorkerView> workers, LocalDate today) {
        return allocations.stream().filter(which).map(a -> {
            PersonSummary child = children.get(a.childId());
            return new HeldChild(a.childId(), child == null ? null : child.fullName(), restricted.contains(a.childId()),
                    a, Math.max(0, ChronoUnit.DAYS.between(a.from(), today)),
                    a.workerUsername() == null ? null : workers.get(a.workerUsername()));
        }).toList();
    }
}
