package hearth.work;

import hearth.timescales.Obligations;
import hearth.workforce.AllocationView;
import hearth.workforce.ChildAllocated;
import hearth.workforce.Workforce;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: opens obligations for a child with the person responsible worked out from the
 * child's allocation now (the allocated worker, else the team holding the child on duty). Contexts
 * that start clocks (front door, assessment, plans, visits) call this rather than
 * {@link Obligations#open} so nobody works out responsibility twice. When the child is reallocated
 * the open obligations follow (see {@link ResponsibilityFollowsAllocation}).
 */
@Service
public class Duties {

    private final Obligations obligations;
    private final Workforce workforce;

    Duties(Obligations obligations, Workforce workforce) {
        this.obligations = obligations;
        this.workforce = workforce;
    }

    /** Who is responsible for a child's obligations now: a username, a team id, or null when not allocated. */
    @Transactional(readOnly = true)
    public String responsibleFor(UUID childId) {
        return workforce.currentAllocation(childId).map(Duties::responsibleOf).orElse(null);
    }

    /** Opens an obligation under a rule; the clock starts at {@code startedAt}. Answers its id. */
    @Transactional
    public UUID open(UUID childId, String ruleId, Instant startedAt, String startEvent) {
        return obligations.open(childId, ruleId, startedAt, startEvent, responsibleFor(childId));
    }

    /** Opens an obligation whose clock starts on a date (the start of that day in London). */
    @Transactional
    public UUID open(UUID childId, String ruleId, LocalDate started, String startEvent) {
        return obligations.open(childId, ruleId, started, startEvent, responsibleFor(childId));
    }

    /** Restarts a rule's clock for a child (see {@link Obligations#restart}). */
    @Transactional
    public UUID restart(UUID childId, String ruleId, Instant startedAt, String startEvent) {
        return obligations.restart(childId, ruleId, startedAt, startEvent, responsibleFor(childId));
    }

    static String responsibleOf(AllocationView allocation) {
        return allocation.workerUsername() != null ? allocation.workerUsername() : allocation.teamId().toString();
    }

    static String responsibleOf(ChildAllocated allocated) {
        return allocated.workerUsername() != null ? allocated.workerUsername() : allocated.teamId().toString();
    }
}
