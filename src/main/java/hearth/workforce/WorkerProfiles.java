package hearth.workforce;

import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.Permission;
import hearth.workforce.domain.ServiceArea;
import hearth.workforce.domain.ServiceAreaRepository;
import hearth.workforce.domain.Team;
import hearth.workforce.domain.TeamRepository;
import hearth.workforce.domain.Worker;
import hearth.workforce.domain.WorkerAbsence;
import hearth.workforce.domain.WorkerAbsenceRepository;
import hearth.workforce.domain.WorkerRepository;
import hearth.workforce.domain.WorkerTraining;
import hearth.workforce.domain.WorkerTrainingRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: workers' profiles (role, registration, agency or permanent, hours, dates), their absences and
 * training, leaving (the record is kept) and teams' establishments. Managers of the worker's team or service and
 * administrators may change them.
 */
@Service
public class WorkerProfiles {

    private final WorkerRepository workers;
    private final TeamRepository teams;
    private final ServiceAreaRepository services;
    private final WorkerAbsenceRepository absences;
    private final WorkerTrainingRepository training;

    WorkerProfiles(WorkerRepository workers, TeamRepository teams, ServiceAreaRepository services,
            WorkerAbsenceRepository absences, WorkerTrainingRepository training) {
        this.workers = workers;
        this.teams = teams;
        this.services = services;
        this.absences = absences;
        this.training = training;
    }

    @Transactional(readOnly = true)
    public Optional<WorkerProfile> profile(String username) {
        return workers.findByUsername(username).map(this::view);
    }

    /** Every worker ever in the team, leavers included, by name. */
    @Transactional(readOnly = true)
    public List<WorkerProfile> everyoneIn(UUID teamId) {
        return workers.findAll().stream().filter(w -> w.getTeamId().equals(teamId))
                .sorted(java.util.Comparator.comparing(Worker::getDisplayName)).map(this::view).toList();
    }

    /** Whether a user may change this worker: an administrator, or the manager of their team or service. */
    @Transactional(readOnly = true)
    public boolean mayManage(HearthUser user, String username) {
        if (!user.has(Permission.MANAGE_WORKERS)) {
            return false;
        }
        if (user.has(Permission.MANAGE_TEAMS)) {
            return true;
        }
        Optional<Team> team = workers.findByUsername(username).flatMap(w -> teams.findById(w.getTeamId()));
        if (team.isEmpty()) {
            return false;
        }
        if (user.getUsername().equals(team.get().getManagerUsername())) {
            return true;
        }
        return services.findById(team.get().getServiceId()).map(ServiceArea::getManagerUsername)
                .filter(user.getUsername()::equals).isPresent();
    }

    /** Changes a profile; refuses (optimistic lock) when someone else changed it since {@code expectedVersion}. */
    @Transactional
    public void change(String username, long expectedVersion, ProfileChange change) {
        Worker worker = find(username);
        if (worker.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Worker.class, username);
        }
        if (!ProfileChange.validRegistration(change.registrationNumber())) {
            throw new IllegalArgumentException("Not a Social Work England number");
        }
        String number = change.registrationNumber() == null || change.registrationNumber().isBlank() ? null
                : change.registrationNumber().strip();
        worker.profile(change.roleLabel(), change.jobTitle(), change.qualification(), number, change.agency(),
                change.fte(), change.startedOn(), change.newlyQualifiedUntil());
    }

    /** The worker left: the record stays, with the date and reason, and they drop out of team lists. */
    @Transactional
    public void leave(String username, LocalDate on, String reason) {
        find(username).left(on, reason);
    }

    @Transactional
    public UUID recordAbsence(String username, AbsenceKind kind, LocalDate from, LocalDate to) {
        find(username);
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("An absence ends on or after it starts");
        }
        return absences.save(new WorkerAbsence(username, kind, from, to, by())).getId();
    }

    @Transactional
    public void recordTraining(String username, String course, LocalDate date, TrainingStatus status) {
        find(username);
        training.save(new WorkerTraining(username, course, date, status, by()));
    }

    /** Sets a team's establishment (funded posts as full-time equivalents). */
    @Transactional
    public void establishment(UUID teamId, BigDecimal fundedFte) {
        teams.findById(teamId).orElseThrow(() -> new IllegalArgumentException("No such team")).establishment(fundedFte);
    }

    @Transactional(readOnly = true)
    public Optional<BigDecimal> establishment(UUID teamId) {
        return teams.findById(teamId).map(Team::getFundedFte);
    }

    /** Every worker ever recorded, leavers included, read in three queries (not one per worker). */
    @Transactional(readOnly = true)
    public List<WorkerProfile> everyone() {
        java.util.Map<String, List<WorkerProfile.Absence>> away = new java.util.HashMap<>();
        absences.findAll().stream().filter(a -> a.getVoidedReason() == null).forEach(a -> away
                .computeIfAbsent(a.getWorkerUsername(), k -> new java.util.ArrayList<>())
                .add(new WorkerProfile.Absence(a.getId(), a.getKind(), a.getFrom(), a.getTo())));
        java.util.Map<String, List<WorkerProfile.Training>> courses = new java.util.HashMap<>();
        training.findAll().forEach(t -> courses.computeIfAbsent(t.getWorkerUsername(), k -> new java.util.ArrayList<>())
                .add(new WorkerProfile.Training(t.getCourse(), t.getDate(), t.getStatus())));
        return workers.findAll().stream().sorted(java.util.Comparator.comparing(Worker::getDisplayName))
                .map(w -> view(w, away.getOrDefault(w.getUsername(), List.of()),
                        courses.getOrDefault(w.getUsername(), List.of())))
                .toList();
    }

    /**
     * The figures of each of the given teams, then of them all together (last), on a date: vacancies against the
     * establishment, agency rate, turnover, newly qualified share, absence and training missed.
     */
    @Transactional(readOnly = true)
    public List<WorkforceFigures> figures(List<TeamView> of, LocalDate on, String overallName) {
        java.util.Map<UUID, List<WorkerProfile>> byTeam = new java.util.HashMap<>();
        everyone().forEach(w -> byTeam.computeIfAbsent(w.teamId(), k -> new java.util.ArrayList<>()).add(w));
        java.util.Map<UUID, BigDecimal> funded = new java.util.HashMap<>();
        teams.findAll().forEach(t -> { if (t.getFundedFte() != null) { funded.put(t.getId(), t.getFundedFte()); } });
        List<WorkforceFigures> rows = new java.util.ArrayList<>();
        List<WorkerProfile> all = new java.util.ArrayList<>();
        BigDecimal allFunded = null;
        for (TeamView t : of) {
            List<WorkerProfile> ws = byTeam.getOrDefault(t.id(), List.of());
            all.addAll(ws);
            BigDecimal f = funded.get(t.id());
            if (f != null) {
                allFunded = allFunded == null ? f : allFunded.add(f);
            }
            rows.add(WorkforceFigures.of(t.name(), ws, f, on));
        }
        rows.add(WorkforceFigures.of(overallName, all, allFunded, on));
        return rows;
    }

    private Worker find(String username) {
        return workers.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No such worker"));
    }

    private static String by() {
        return CurrentUser.get().map(HearthUser::getUsername).orElse("system");
    }

    private WorkerProfile view(Worker w) {
        List<WorkerProfile.Absence> away = absences.findByWorkerUsernameAndVoidedReasonIsNullOrderByFromDesc(
                w.getUsername()).stream().map(a -> new WorkerProfile.Absence(a.getId(), a.getKind(), a.getFrom(),
                        a.getTo())).toList();
        List<WorkerProfile.Training> courses = training.findByWorkerUsernameOrderByDateDesc(w.getUsername()).stream()
                .map(t -> new WorkerProfile.Training(t.getCourse(), t.getDate(), t.getStatus())).toList();
        return view(w, away, courses);
    }

    private static WorkerProfile view(Worker w, List<WorkerProfile.Absence> away, List<WorkerProfile.Training> courses) {
        return new WorkerProfile(w.getId(), w.getUsername(), w.getDisplayName(), w.getJobTitle(), w.getRoleLabel(),
                w.getQualification(), w.getRegistrationNumber(), w.isAgency(), w.getFte(), w.getTeamId(),
                w.getStartedOn(), w.getLeftOn(), w.getLeavingReason(), w.getNewlyQualifiedUntil(), w.getAbsentFrom(),
                w.getVersion(), away, courses);
    }
}
