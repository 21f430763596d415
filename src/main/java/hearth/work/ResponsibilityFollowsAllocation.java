package hearth.work;

import hearth.timescales.Obligations;
import hearth.workforce.ChildAllocated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a child is allocated, every open obligation of the child moves at once to the new worker (or
 * to the team while the child is held on duty), so it shows on their "My work". The listener reads
 * the child's allocation as it is when it runs, not as the event carried it. It runs inside the allocation's
 * transaction: run later on another thread it raced the allocating user's next step on the same obligations.
 */
@Component
class ResponsibilityFollowsAllocation {

    private static final Logger log = LoggerFactory.getLogger(ResponsibilityFollowsAllocation.class);
    private final Obligations obligations;
    private final Duties duties;

    ResponsibilityFollowsAllocation(Obligations obligations, Duties duties) {
        this.obligations = obligations;
        this.duties = duties;
    }

    /** In the allocation's own transaction, so the work moves with the child at once or not at all. */
    @EventListener
    void on(ChildAllocated event) {
        String responsible = duties.responsibleFor(event.childId());
        int moved = obligations.reassignOpen(event.childId(),
                responsible != null ? responsible : Duties.responsibleOf(event));
        log.debug("Allocation of child {} moved {} open obligation(s)", event.childId(), moved);
    }
}
