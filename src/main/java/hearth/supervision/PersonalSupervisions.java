package hearth.supervision;

import hearth.security.CurrentUser;
import hearth.supervision.domain.PersonalSupervisionRecord;
import hearth.supervision.domain.PersonalSupervisionRepository;
import hearth.timescales.Due;
import hearth.timescales.LocalStandards;
import hearth.workforce.TeamView;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: each worker's personal supervision, due at the frequency the authority sets (local standards: monthly
 * for everyone, more often for newly qualified staff in their assessed and supported year), and where each worker's
 * supervision stands today.
 */
@Service
public class PersonalSupervisions {

    private final PersonalSupervisionRepository records;
    private final LocalStandards standards;
    private final Workforce workforce;
    private final SupervisionScope scope;
    private final Clock clock;

    PersonalSupervisions(PersonalSupervisionRepository records, LocalStandards standards, Workforce workforce,
            SupervisionScope scope, Clock clock) {
        this.records = records;
        this.standards = standards;
        this.workforce = workforce;
        this.scope = scope;
        this.clock = clock;
    }

    /** Records a worker's personal supervision held by the signed-in user. */
    @Transactional
    public PersonalSupervisionView record(String worker, NewPersonalSupervision s) {
        return view(records.save(new PersonalSupervisionRecord(worker, s.heldOn(), CurrentUser.username(),
                s.wellbeing(), s.workload(), s.learning(), s.reflection(), s.agreedActions(), clock.instant())));
    }

    /** A worker's personal supervision records, latest first. */
    @Transactional(readOnly = true)
    public List<PersonalSupervisionView> of(String worker) {
        return records.findByWorkerAndVoidedFalseOrderByHeldOnDescRecordedAtDesc(worker).stream()
                .map(PersonalSupervisions::view).toList();
    }

    /** Where a worker's supervision stands today, if they are in a team. */
    @Transactional(readOnly = true)
    public Optional<SupervisionStanding> standingOf(String worker) {
        return workforce.teamOf(worker).flatMap(team -> standingsOf(team).stream()
                .filter(s -> s.worker().equals(worker)).findFirst());
    }

    /** Where each worker of a team stands today, by name. */
    @Transactional(readOnly = true)
    public List<SupervisionStanding> standingsOf(TeamView team) {
        LocalDate today = today();
        List<WorkerView> workers = workforce.workersIn(team.id());
        Map<String, LocalDate> latest = records.latestOn(workers.stream().map(WorkerView::username).toList());
        return workers.stream().map(w -> {
            boolean nq = workforce.isNewlyQualified(w.username(), today);
            LocalDate last = latest.get(w.username());
            // never supervised: the first is due one interval after they started (unknown start: not yet judged)
            LocalDate from = last != null ? last : w.startedOn();
            LocalDate due = from == null ? null : SupervisionScope.plus(from, standards.current(nq
                    ? SupervisionTimescales.NEWLY_QUALIFIED_INTERVAL : SupervisionTimescales.PERSONAL_INTERVAL));
            long overdue = due != null && today.isAfter(due) ? ChronoUnit.DAYS.between(due, today) : 0;
            return new SupervisionStanding(w.username(), w.displayName(), team.id(), team.name(),
                    scope.supervisorOf(w.username(), team), last, due, nq, overdue);
        }).toList();
    }

    /** The workers a user supervises, with where each stands: most overdue first, then soonest due. */
    @Transactional(readOnly = true)
    public List<SupervisionStanding> supervisedBy(String supervisor) {
        List<SupervisionStanding> mine = new ArrayList<>();
        for (TeamView team : scope.teamsOverseenBy(supervisor)) {
            standingsOf(team).stream().filter(s -> supervisor.equals(s.supervisor())).forEach(mine::add);
        }
        return mine.stream().sorted(URGENT_FIRST).toList();
    }

    /** Overdue supervision in every team of the services a user heads, by team and then most overdue first. */
    @Transactional(readOnly = true)
    public List<SupervisionStanding> overdueInServicesHeadedBy(String head) {
        List<SupervisionStanding> overdue = new ArrayList<>();
        for (TeamView team : scope.teamsOfServicesHeaded(head)) {
            standingsOf(team).stream().filter(SupervisionStanding::overdue)
                    .sorted(Comparator.comparingLong(SupervisionStanding::daysOverdue).reversed())
                    .forEach(overdue::add);
        }
        return overdue;
    }

    /** Whether a user may record and read a worker's supervision (their supervisor or the head of service). */
    public boolean oversees(String username, String worker) {
        return scope.oversees(username, worker);
    }

    static final Comparator<SupervisionStanding> URGENT_FIRST = Comparator
            .comparingLong(SupervisionStanding::daysOverdue).reversed()
            .thenComparing(s -> s.dueOn() == null ? LocalDate.MIN : s.dueOn())
            .thenComparing(SupervisionStanding::workerName);

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    private static PersonalSupervisionView view(PersonalSupervisionRecord r) {
        return new PersonalSupervisionView(r.getId(), r.getWorker(), r.getHeldOn(), r.getSupervisor(),
                r.getWellbeing(), r.getWorkload(), r.getLearning(), r.getReflection(), r.getAgreedActions());
    }
}
