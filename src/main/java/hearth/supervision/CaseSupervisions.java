package hearth.supervision;

import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.supervision.domain.CaseSupervisionRecord;
import hearth.supervision.domain.CaseSupervisionRepository;
import hearth.supervision.domain.SupervisionActionRecord;
import hearth.supervision.domain.SupervisionActionRepository;
import hearth.timescales.Due;
import hearth.timescales.Obligations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: case supervision of a child's work. Each agreed action opens an obligation for its owner, due on the
 * date agreed, so it is in their "My work" until it is recorded as done. Callers check record access first.
 */
@Service
public class CaseSupervisions {

    private final CaseSupervisionRepository supervisions;
    private final SupervisionActionRepository actions;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseSupervisions(CaseSupervisionRepository supervisions, SupervisionActionRepository actions,
            Obligations obligations, ApplicationEventPublisher events, Clock clock) {
        this.supervisions = supervisions;
        this.actions = actions;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    /** Records a case supervision held by the signed-in user, opening an obligation for each action's owner. */
    @Transactional
    public CaseSupervisionView record(UUID childId, NewCaseSupervision s) {
        String supervisor = CurrentUser.username();
        CaseSupervisionRecord record = supervisions.save(new CaseSupervisionRecord(childId, s.heldOn(), supervisor,
                s.worker(), s.discussion(), s.reflection(), s.decisions(), clock.instant()));
        for (SupervisionAction a : s.actions()) {
            SupervisionActionRecord action = new SupervisionActionRecord(record.getId(), childId, a.description(),
                    a.owner(), a.dueOn());
            String start = "Agreed in case supervision on " + s.heldOn() + ": " + a.description();
            action.tracked(obligations.open(childId, SupervisionTimescales.ACTION_RULE, a.dueOn(),
                    start.length() > 500 ? start.substring(0, 497) + "..." : start, a.owner()));
            actions.save(action);
        }
        events.publishEvent(new CaseSupervised(childId, record.getId(), s.heldOn(), supervisor, s.worker(),
                s.actions().size()));
        return view(record, actions.findBySupervisionIdInAndVoidedFalseOrderByDueOn(List.of(record.getId())));
    }

    /** The child's case supervisions, latest first, each with its actions. */
    @Transactional(readOnly = true)
    public List<CaseSupervisionView> of(UUID childId) {
        List<CaseSupervisionRecord> found = supervisions.findByChildIdAndVoidedFalseOrderByHeldOnDescRecordedAtDesc(
                childId);
        Map<UUID, List<SupervisionActionRecord>> bySupervision = found.isEmpty() ? Map.of()
                : actions.findBySupervisionIdInAndVoidedFalseOrderByDueOn(
                        found.stream().map(CaseSupervisionRecord::getId).toList()).stream()
                        .collect(Collectors.groupingBy(SupervisionActionRecord::getSupervisionId));
        return found.stream().map(r -> view(r, bySupervision.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SupervisionActionView> action(UUID id) {
        return actions.findById(id).map(CaseSupervisions::view);
    }

    /**
     * Records an action as done today by the signed-in user and satisfies its obligation. Refuses an action already
     * done ({@link IllegalStateException}) or changed since it was shown.
     */
    @Transactional
    public SupervisionActionView complete(UUID id, long version) {
        SupervisionActionRecord action = actions.findById(id).orElseThrow(() -> new NotFoundException("Action"));
        if (action.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(SupervisionActionRecord.class, id);
        }
        action.complete(LocalDate.now(clock.withZone(Due.LONDON)), CurrentUser.username());
        if (action.getObligationId() != null) {
            SupervisionTimescales.meet(obligations, action.getObligationId(), clock.instant(),
                    "Case supervision action done on " + action.getCompletedOn());
        }
        return view(actions.saveAndFlush(action));
    }

    private static CaseSupervisionView view(CaseSupervisionRecord r, List<SupervisionActionRecord> agreed) {
        return new CaseSupervisionView(r.getId(), r.getChildId(), r.getHeldOn(), r.getSupervisor(), r.getWorker(),
                r.getDiscussion(), r.getReflection(), r.getDecisions(),
                agreed.stream().map(CaseSupervisions::view).toList());
    }

    private static SupervisionActionView view(SupervisionActionRecord a) {
        return new SupervisionActionView(a.getId(), a.getSupervisionId(), a.getChildId(), a.getDescription(),
                a.getOwner(), a.getDueOn(), a.getCompletedOn(), a.getCompletedBy(), a.getVersion());
    }
}
