package hearth.workforce;

import java.util.List;

/**
 * Advice on a proposed allocation, given before it is made (for example that it takes the worker past their
 * caseload threshold). Other contexts implement this; the allocation form shows every warning and asks the manager
 * to confirm before allocating.
 */
public interface AllocationAdvice {

    List<AllocationWarning> adviseOn(ProposedAllocation proposal);

    /** A child about to be allocated to a team and worker. */
    record ProposedAllocation(java.util.UUID childId, java.util.UUID teamId, String workerUsername) {
    }

    /** A warning, already in words, shown in the GOV.UK warning text style. */
    record AllocationWarning(String text) {
    }
}
