package hearth.supervision;

import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.security.CurrentUser;
import hearth.security.RecordAccess;
import hearth.supervision.domain.OversightEntry;
import hearth.supervision.domain.OversightRepository;
import hearth.timescales.Due;
import hearth.timescales.LocalStandards;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.workforce.AllocationView;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: managers' oversight on a child's record. Each entry sets when the manager will look again, which is
 * due work for them; the next entry meets it. Lists the children a manager's teams hold that have had no oversight
 * within the local standard (counted from the allocation when there has been none), oldest first.
 */
@Service
public class ManagementOversight {

    private final OversightRepository entries;
    private final Obligations obligations;
    private final LocalStandards standards;
    private final Workforce workforce;
    private final People people;
    private final RecordAccess access;
    private final SupervisionScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManagementOversight(OversightRepository entries, Obligations obligations, LocalStandards standards,
            Workforce workforce, People people, RecordAccess access, SupervisionScope scope,
            ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.obligations = obligations;
        this.standards = standards;
        this.workforce = workforce;
        this.people = people;
        this.access = access;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Records oversight by the signed-in manager: meets any review they were due, and opens the next. */
    @Transactional
    public OversightView record(UUID childId, NewOversight o) {
        String manager = CurrentUser.username();
        OversightEntry entry = entries.save(new OversightEntry(childId, o.recordedOn(), manager, o.direction(),
                o.rationale(), o.nextReviewOn(), clock.instant()));
        for (ObligationView due : obligations.openFor(List.of(childId))) {
            if (due.ruleId().equals(SupervisionTimescales.OVERSIGHT_REVIEW_RULE)) {
                SupervisionTimescales.meet(obligations, due.id(), clock.instant(),
                        "Management oversight recorded on " + o.recordedOn());
            }
        }
        entry.tracked(obligations.open(childId, SupervisionTimescales.OVERSIGHT_REVIEW_RULE, o.nextReviewOn(),
                "Management oversight on " + o.recordedOn() + " set the next review", manager));
        events.publishEvent(new ManagementOversightRecorded(childId, entry.getId(), o.recordedOn(), manager,
                o.nextReviewOn()));
        return view(entry);
    }

    /** The child's oversight entries, latest first. */
    @Transactional(readOnly = true)
    public List<OversightView> of(UUID childId) {
        return entries.findByChildIdAndVoidedFalseOrderByRecordedOnDescRecordedAtDesc(childId).stream()
                .map(ManagementOversight::view).toList();
    }

    /**
     * The children held by the teams a manager manages or whose service they head that have had no management
     * oversight within the local standard, the longest without first.
     */
    @Transactional(readOnly = true)
    public List<OversightGap> gapsFor(String manager) {
        LocalDate today = LocalDate.now(clock.withZone(Due.LONDON));
        LocalDate cutoff = SupervisionScope.minus(today, standards.current(SupervisionTimescales.OVERSIGHT_INTERVAL));
        List<AllocationView> held = new ArrayList<>();
        for (TeamView team : scope.teamsOverseenBy(manager)) {
            held.addAll(workforce.currentAllocationsOfTeam(team.id()));
        }
        Set<UUID> ids = held.stream().map(AllocationView::childId).collect(Collectors.toSet());
        Map<UUID, LocalDate> latest = entries.latestOn(ids);
        Map<UUID, PersonSummary> children = ids.isEmpty() ? Map.of() : people.find(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a));
        Set<UUID> restricted = access.restrictedAmong(ids);
        return held.stream().filter(a -> children.containsKey(a.childId()))
                .filter(a -> sinceOversight(a, latest).isBefore(cutoff))
                .map(a -> {
                    LocalDate last = latest.get(a.childId());
                    LocalDate since = sinceOversight(a, latest);
                    boolean hidden = restricted.contains(a.childId());
                    return new OversightGap(a.childId(), hidden ? null : children.get(a.childId()).fullName(), hidden,
                            a.teamName(), a.workerName(), last, since, ChronoUnit.DAYS.between(since, today));
                })
                .sorted(Comparator.comparing(OversightGap::since).thenComparing(OversightGap::childId)).toList();
    }

    /** The last oversight, or when the team took the child on if there has been none. */
    private static LocalDate sinceOversight(AllocationView a, Map<UUID, LocalDate> latest) {
        LocalDate last = latest.get(a.childId());
        return last != null ? last : a.from();
    }

    private static OversightView view(OversightEntry e) {
        return new OversightView(e.getId(), e.getChildId(), e.getRecordedOn(), e.getManager(), e.getDirection(),
                e.getRationale(), e.getNextReviewOn());
    }
}
