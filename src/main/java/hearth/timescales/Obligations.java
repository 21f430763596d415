package hearth.timescales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Published API: the obligation engine. A context opens an obligation for a child under a rule when
 * the clock starts, and satisfies it when the work is done. States are worked out from the injected
 * clock. Nothing is deleted: obligations are voided with a reason.
 */
public interface Obligations {

    /** Opens an obligation; the clock starts at {@code startedAt}. Answers its id. */
    UUID open(UUID subjectId, String ruleId, Instant startedAt, String startEvent, String responsible);

    /** Opens an obligation whose clock starts on a date (the start of that day in London). */
    default UUID open(UUID subjectId, String ruleId, LocalDate started, String startEvent, String responsible) {
        return open(subjectId, ruleId, started.atStartOfDay(Due.LONDON).toInstant(), startEvent, responsible);
    }

    /** The obligation with its state now. */
    Optional<ObligationView> find(UUID id);

    /** The obligation with its state at another instant. */
    Optional<ObligationView> findAt(UUID id, Instant at);

    /** Open obligations for these children, soonest due first. */
    List<ObligationView> openFor(Collection<UUID> subjectIds);

    /**
     * Records the work that satisfies the obligation. For a recurring rule, opens the next obligation
     * from this actual event and answers its id.
     */
    Optional<UUID> satisfy(UUID id, Instant metAt, String event);

    /** Why a late item is late: only for obligations overdue or met late. */
    void recordDelayReason(UUID id, String reason);

    void reassign(UUID id, String responsible);

    void voidObligation(UUID id, String reason);

    /**
     * Restarts a rule's clock (e.g. visits with each new placement): voids the subject's open
     * obligations under the rule and the rules that follow it, and opens a fresh one.
     */
    UUID restart(UUID subjectId, String ruleId, Instant startedAt, String startEvent, String responsible);

    /** Brings the stored state of every open obligation up to date with the clock, set-based. Answers rows changed. */
    int recomputeAll();
}
