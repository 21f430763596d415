package hearth.work;

import hearth.timescales.Obligations;
import hearth.workforce.ChildAllocated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a child is allocated, every open obligation of the child moves at once to the new worker (or
 * to the team while the child is held on duty), so it shows on their "My work". The listener reads
 * the child's allocation as it is when it runs, not as the event carried it, so two quick
 * reallocations handled out of order still leave the work with whoever holds the child last.
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

    @ApplicationModuleListener
    void on(ChildAllocated event) {
        String responsible = duties.responsibleFor(event.childId());
        int moved = obligations.reassignOpen(event.childId(),
                responsible != null ? responsible : Duties.responsibleOf(event));
        log.debug("Allocation of child {} moved {} open obligation(s)", event.childId(), moved);
    }
}
