package hearth.workforce;

import hearth.security.CurrentUser;
import hearth.workforce.domain.Allocation;
import hearth.workforce.domain.AllocationRepository;
import hearth.workforce.domain.ServiceArea;
import hearth.workforce.domain.ServiceAreaRepository;
import hearth.workforce.domain.Team;
import hearth.workforce.domain.TeamRepository;
import hearth.workforce.domain.Worker;
import hearth.workforce.domain.WorkerRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published API of the workforce context: services, teams, workers and allocation. */
@Service
public class Workforce {

    private final ServiceAreaRepository services;
    private final TeamRepository teams;
    private final WorkerRepository workers;
    private final AllocationRepository allocations;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Workforce(ServiceAreaRepository services, TeamRepository teams, WorkerRepository workers,
            AllocationRepository allocations, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.services = services;
        this.teams = teams;
        this.workers = workers;
        this.allocations = allocations;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID ensureService(String name, String managerUsername) {
        return services.findByName(name).orElseGet(() -> services.save(new ServiceArea(name, managerUsername))).getId();
    }

    @Transactional
    public UUID ensureTeam(String name, TeamKind kind, UUID serviceId, String managerUsername) {
        return teams.findByName(name).orElseGet(() -> teams.save(new Team(name, kind, serviceId, managerUsername))).getId();
    }

    @Transactional
    public void ensureWorker(String username, String displayName, String jobTitle, UUID teamId, LocalDate startedOn) {
        if (workers.findByUsername(username).isEmpty()) {
            workers.save(new Worker(username, displayName, jobTitle, teamId, startedOn));
        }
    }

    /** Allocates a child to a team, and to a worker unless workerUsername is null (held on duty). */
    @Transactional
    public void allocate(UUID childId, UUID teamId, String workerUsername, LocalDate from, String reason) {
        Team team = teams.findById(teamId).orElseThrow(() -> new IllegalArgumentException("No such team"));
        if (workerUsername != null) {
            Worker worker = workers.findByUsername(workerUsername)
                    .orElseThrow(() -> new IllegalArgumentException("No such worker"));
            if (!worker.getTeamId().equals(team.getId())) {
                throw new IllegalArgumentException("The worker is not in that team");
            }
        }
        Optional<Allocation> current = allocations.findFirstByChildIdAndToIsNull(childId);
        current.ifPresent(a -> a.end(from));
        allocations.save(new Allocation(childId, teamId, workerUsername, from, reason, CurrentUser.username()));
        events.publishEvent(new ChildAllocated(childId, teamId, workerUsername, from,
                current.map(Allocation::getWorkerUsername).orElse(null)));
    }

    @Transactional(readOnly = true)
    public Optional<AllocationView> currentAllocation(UUID childId) {
        return allocations.findFirstByChildIdAndToIsNull(childId).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<AllocationView> allocationHistory(UUID childId) {
        return allocations.findByChildIdOrderByFromDesc(childId).stream().map(this::view).toList();
    }

    /**
     * The allocation histories of many children at once, oldest first (the 903 return's social worker episodes read
     * this): one query for the allocations, one for the teams and one for the workers.
     */
    @Transactional(readOnly = true)
    public List<AllocationView> allocationHistories(java.util.Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        List<Allocation> found = allocations.findByChildIdInOrderByFromAsc(childIds);
        java.util.Map<UUID, String> teamNames = new java.util.HashMap<>();
        teams.findAll().forEach(t -> teamNames.put(t.getId(), t.getName()));
        java.util.Map<String, String> workerNames = new java.util.HashMap<>();
        workers.findAll().forEach(w -> workerNames.put(w.getUsername(), w.getDisplayName()));
        return found.stream().map(a -> new AllocationView(a.getChildId(), a.getTeamId(),
                teamNames.getOrDefault(a.getTeamId(), ""), a.getWorkerUsername(),
                a.getWorkerUsername() == null ? null : workerNames.getOrDefault(a.getWorkerUsername(),
                        a.getWorkerUsername()), a.getFrom(), a.getReason())).toList();
    }

    /** How many different workers have held the child's work in the last 12 months. */
    @Transactional(readOnly = true)
    public long workersInLastYear(UUID childId) {
        return allocations.countWorkersSince(childId, LocalDate.now(clock).minusMonths(12));
    }

    @Transactional(readOnly = true)
    public Optional<TeamView> teamOf(String username) {
        return workers.findByUsername(username).flatMap(w -> teams.findById(w.getTeamId())).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<TeamView> teams() {
        return teams.findAllByOrderByName().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<TeamView> team(UUID teamId) {
        return teams.findById(teamId).map(this::view);
    }

    @Transactional(readOnly = true)
    public List<WorkerView> workersIn(UUID teamId) {
        return workers.findByTeamIdAndLeftOnIsNullOrderByDisplayName(teamId).stream()
                .map(w -> new WorkerView(w.getUsername(), w.getDisplayName(), w.getJobTitle(), w.getTeamId(),
                        w.getAbsentFrom(), w.getStartedOn()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<WorkerView> worker(String username) {
        return workers.findByUsername(username).map(w -> new WorkerView(w.getUsername(), w.getDisplayName(),
                w.getJobTitle(), w.getTeamId(), w.getAbsentFrom(), w.getStartedOn()));
    }

    /** Records that a worker is away from a date: their children are listed for reallocation. */
    @Transactional
    public void markAbsent(String username, LocalDate from) {
        workers.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No such worker"))
                .absentFrom(from);
    }

    /** Records that a worker is newly qualified (their assessed and supported year in employment) until a date. */
    @Transactional
    public void markNewlyQualified(String username, LocalDate until) {
        workers.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No such worker"))
                .newlyQualifiedUntil(until);
    }

    /** Whether a worker is in their assessed and supported year in employment on a date. */
    @Transactional(readOnly = true)
    public boolean isNewlyQualified(String username, LocalDate on) {
        return workers.findByUsername(username).map(w -> w.isNewlyQualifiedOn(on)).orElse(false);
    }

    /** The head of a service (the team manager's manager), if one is named. */
    @Transactional(readOnly = true)
    public Optional<String> headOfService(UUID serviceId) {
        return services.findById(serviceId).map(ServiceArea::getManagerUsername);
    }

    /** Records that an absent worker is back. */
    @Transactional
    public void markReturned(String username) {
        workers.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No such worker"))
                .returned();
    }

    /**
     * Every child a team holds now (allocated to one of its workers or held on duty), with the worker's
     * name, in one query: for team caseload views at volume.
     */
    @Transactional(readOnly = true)
    public List<AllocationView> currentAllocationsOfTeam(UUID teamId) {
        return jdbc.sql("""
                select a.child_id, a.team_id, t.name, a.worker_username, w.display_name, a.allocated_from, a.reason
                from allocation a
                join team t on t.id = a.team_id
                left join worker w on w.username = a.worker_username
                where a.team_id = :team and a.allocated_to is null
                order by a.allocated_from, a.child_id""")
                .param("team", teamId)
                .query((rs, n) -> new AllocationView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4),
                        rs.getString(4) == null ? null : rs.getString(5) == null ? rs.getString(4) : rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
    }

    /**
     * Every child held on a date by any team (allocated to a worker or on duty), in one query: for caseloads across
     * the authority and their history month by month.
     */
    @Transactional(readOnly = true)
    public List<AllocationView> allocationsOn(LocalDate date) {
        return jdbc.sql("""
                select a.child_id, a.team_id, t.name, a.worker_username, w.display_name, a.allocated_from, a.reason
                from allocation a
                join team t on t.id = a.team_id
                left join worker w on w.username = a.worker_username
                where a.allocated_from <= :on and (a.allocated_to is null or a.allocated_to > :on)
                order by a.allocated_from, a.child_id""")
                .param("on", date)
                .query((rs, n) -> new AllocationView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4),
                        rs.getString(4) == null ? null : rs.getString(5) == null ? rs.getString(4) : rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
    }

    /** The teams of a service, by name. */
    @Transactional(readOnly = true)
    public List<TeamView> teamsIn(UUID serviceId) {
        return teams.findAllByOrderByName().stream().filter(t -> t.getServiceId().equals(serviceId)).map(this::view)
                .toList();
    }

    private AllocationView view(Allocation a) {
        String teamName = teams.findById(a.getTeamId()).map(Team::getName).orElse("");
        String workerName = a.getWorkerUsername() == null ? null
                : workers.findByUsername(a.getWorkerUsername()).map(Worker::getDisplayName).orElse(a.getWorkerUsername());
        return new AllocationView(a.getChildId(), a.getTeamId(), teamName, a.getWorkerUsername(), workerName,
                a.getFrom(), a.getReason());
    }

    private TeamView view(Team t) {
        ServiceArea service = services.findById(t.getServiceId()).orElse(null);
        return new TeamView(t.getId(), t.getName(), t.getKind(), t.getServiceId(),
                service == null ? "" : service.getName(), t.getManagerUsername());
    }
}
