package hearth.caseloads;

import hearth.security.Accounts;
import hearth.security.Role;
import hearth.security.UserAccount;
import hearth.workforce.AllocationView;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import hearth.workforce.WorkerView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: caseloads now or on a date, per worker and per team, weighted by the kind of work, with the busiest
 * flagged (over their threshold, or in the top tenth of workers / top quarter of teams).
 */
@Service
public class Caseloads {

    private final Workforce workforce;
    private final WorkKinds kinds;
    private final CaseloadSettings settings;
    private final Accounts accounts;
    private final Clock clock;

    Caseloads(Workforce workforce, WorkKinds kinds, CaseloadSettings settings, Accounts accounts, Clock clock) {
        this.workforce = workforce;
        this.kinds = kinds;
        this.settings = settings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every team's caseload today, by team name. */
    @Transactional(readOnly = true)
    public List<TeamCaseload> now() {
        return on(LocalDate.now(clock));
    }

    /** Every team's caseload on a date (the kinds of work as they were then), by team name. */
    @Transactional(readOnly = true)
    public List<TeamCaseload> on(LocalDate date) {
        boolean today = !date.isBefore(LocalDate.now(clock));
        List<AllocationView> held = workforce.allocationsOn(date);
        Set<UUID> children = new HashSet<>();
        held.forEach(a -> children.add(a.childId()));
        Map<UUID, Set<WorkKind>> kindOf = today ? kinds.current(children) : kinds.on(children, date);
        Weights weights = settings.weights();
        Map<String, Role> roles = new HashMap<>();
        accounts.all().forEach(a -> roles.put(a.getUsername(), role(a)));
        List<TeamView> teams = workforce.teams();
        Map<UUID, List<AllocationView>> byTeam = new HashMap<>();
        held.forEach(a -> byTeam.computeIfAbsent(a.teamId(), k -> new ArrayList<>()).add(a));
        List<WorkerCaseload> everyone = new ArrayList<>();
        Map<UUID, List<WorkerCaseload>> workersByTeam = new HashMap<>();
        for (TeamView t : teams) {
            Map<String, List<AllocationView>> byWorker = new HashMap<>();
            byTeam.getOrDefault(t.id(), List.of()).stream().filter(a -> !a.onDuty())
                    .forEach(a -> byWorker.computeIfAbsent(a.workerUsername(), k -> new ArrayList<>()).add(a));
            List<WorkerCaseload> ws = new ArrayList<>();
            for (WorkerView w : workforce.workersIn(t.id())) {
                ws.add(worker(w.username(), w.displayName(), t, roles.get(w.username()),
                        byWorker.getOrDefault(w.username(), List.of()), kindOf, weights));
                byWorker.remove(w.username());
            }
            byWorker.forEach((u, as) -> ws.add(worker(u, as.get(0).workerName(), t, roles.get(u), as, kindOf, weights)));
            ws.sort(Comparator.comparing(WorkerCaseload::displayName));
            workersByTeam.put(t.id(), ws);
            everyone.addAll(ws);
        }
        Set<String> busiestWorkers = topWorkers(everyone);
        List<TeamCaseload> result = new ArrayList<>();
        for (TeamView t : teams) {
            List<WorkerCaseload> ws = workersByTeam.get(t.id()).stream().map(w -> busiestWorkers.contains(w.username())
                    ? new WorkerCaseload(w.username(), w.displayName(), w.teamId(), w.teamName(), w.role(), w.children(),
                            w.weighted(), w.threshold(), true) : w).toList();
            List<AllocationView> all = byTeam.getOrDefault(t.id(), List.of());
            BigDecimal weighted = all.stream().map(a -> weights.of(kindOf.get(a.childId())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            result.add(new TeamCaseload(t.id(), t.name(), t.serviceId(), all.size(),
                    (int) all.stream().filter(AllocationView::onDuty).count(), weighted, ws, false));
        }
        return flagBusiestTeams(result);
    }

    /** The team's caseload now, if the team exists. */
    @Transactional(readOnly = true)
    public Optional<TeamCaseload> team(UUID teamId) {
        return now().stream().filter(t -> t.teamId().equals(teamId)).findFirst();
    }

    /** A worker's caseload now, if they are in a team. */
    @Transactional(readOnly = true)
    public Optional<WorkerCaseload> worker(String username) {
        return now().stream().flatMap(t -> t.workers().stream()).filter(w -> w.username().equals(username)).findFirst();
    }

    /** The weight one child adds now. */
    @Transactional(readOnly = true)
    public BigDecimal weightOf(UUID childId) {
        return settings.weights().of(kinds.current(List.of(childId)).get(childId));
    }

    private static WorkerCaseload worker(String username, String name, TeamView team, Role role,
            List<AllocationView> held, Map<UUID, Set<WorkKind>> kindOf, Weights weights) {
        BigDecimal weighted = held.stream().map(a -> weights.of(kindOf.get(a.childId())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new WorkerCaseload(username, name, team.id(), team.name(), role == null ? null : role.name(),
                held.size(), weighted, weights.threshold(role), false);
    }

    /** The top tenth of workers who hold any children, by weighted caseload (at least one). */
    static Set<String> topWorkers(List<WorkerCaseload> workers) {
        List<WorkerCaseload> holding = workers.stream().filter(w -> w.children() > 0)
                .sorted(Comparator.comparing(WorkerCaseload::weighted).reversed()).toList();
        int top = (int) Math.ceil(holding.size() / 10.0);
        Set<String> names = new HashSet<>();
        holding.stream().limit(top).forEach(w -> names.add(w.username()));
        return names;
    }

    /** Flags the top quarter of teams with workers by average weighted caseload (at least one). */
    static List<TeamCaseload> flagBusiestTeams(List<TeamCaseload> teams) {
        List<TeamCaseload> staffed = teams.stream().filter(t -> t.children() > 0 && !t.workers().isEmpty())
                .sorted(Comparator.comparing(TeamCaseload::average).reversed()).toList();
        int top = (int) Math.ceil(staffed.size() / 4.0);
        Set<UUID> busiest = new HashSet<>();
        staffed.stream().limit(top).forEach(t -> busiest.add(t.teamId()));
        return teams.stream().map(t -> busiest.contains(t.teamId()) ? new TeamCaseload(t.teamId(), t.name(),
                t.serviceId(), t.children(), t.onDuty(), t.weighted(), t.workers(), true) : t).toList();
    }

    private static Role role(UserAccount account) {
        return account.getRole();
    }
}
