package hearth.timescales;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** Open obligations a worker (username) or team (team id) is responsible for, soonest due first. */
    List<ObligationView> openAssignedTo(String responsible);

    /** Obligations met late at or after {@code since} that a worker or team is responsible for, latest first. */
    List<ObligationView> metLateSince(String responsible, Instant since);

    /**
     * Makes {@code responsible} responsible for every open obligation of a child at once, set-based
     * (responsibility follows allocation). Answers how many changed.
     */
    int reassignOpen(UUID subjectId, String responsible);

    /**
     * For each worker or team given, what they hold now: open obligations, how many are overdue, and how
     * many are not overdue but due on or before {@code dueBy}. Every one given has an entry.
     */
    Map<String, Workload> workloadOf(Collection<String> responsibles, LocalDate dueBy);

    /**
     * Timeliness per rule of the obligations due on or after {@code from} and before {@code to} that
     * are decided now (met, or overdue). Voided ones are left out. Ordered by rule id.
     */
    default List<RuleTimeliness> timelinessByRule(LocalDate from, LocalDate to) {
        DuePeriod period = new DuePeriod(from, to);
        return timelinessByRule(List.of(period)).get(period);
    }

    /**
     * Timeliness per rule for several periods at once (e.g. the last 3, 6 and 12 months and the periods
     * before them), read in one pass over the obligations due in any of them. Every period given has an
     * entry.
     */
    Map<DuePeriod, List<RuleTimeliness>> timelinessByRule(Collection<DuePeriod> periods);

    /**
     * The obligations under one rule due on or after {@code from} and before {@code to} that are decided now (met, or
     * overdue), in one query: the subjects behind {@link #timelinessByRule} (performance splits them by team).
     */
    List<DecidedObligation> decidedDue(String ruleId, LocalDate from, LocalDate to);

    /** Brings the stored state of every open obligation up to date with the clock, set-based. Answers rows changed. */
    int recomputeAll();
}
