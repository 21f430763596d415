package hearth.childinneed;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Published API of children in need: the child's episodes of need, child in need plans (needs, actions and
 * progress), reviews, visits, and closure proposed by a worker and authorised (or returned) by another manager,
 * and reopening. "Now" is always the injected clock. Illegal transitions throw {@link IllegalStateException};
 * bad values {@link IllegalArgumentException}; a stale version {@link ObjectOptimisticLockingFailureException}.
 * The work is done by one service per concern ({@link CinRecording}, {@link EpisodeClosures}, {@link CinReads});
 * reactions to other contexts' events are in {@link ChildInNeedReactions}. This is their single front.
 */
@Service
public class ChildrenInNeed {

    public static final String FIRST_MEETING_RULE = "cin-plan-first-meeting";
    public static final String REVIEW_RULE = "cin-review";
    public static final String VISIT_RULE = "cin-visit";

    private final CinRecording recording;
    private final EpisodeClosures closures;
    private final CinReads reads;

    ChildrenInNeed(CinRecording recording, EpisodeClosures closures, CinReads reads) {
        this.recording = recording;
        this.closures = closures;
        this.reads = reads;
    }


    // ---- reading ----

    /** The child's episodes, latest referral first. */
    public List<EpisodeView> episodesFor(UUID childId) {
        return reads.episodesFor(childId);
    }

    /**
     * Every episode open at any time from {@code from} to {@code to} (the CIN census scope), oldest referral first
     * per child, read in a few queries rather than one per child.
     */
    public List<EpisodeView> episodesDuring(LocalDate from, LocalDate to) {
        return reads.episodesDuring(from, to);
    }

    /** The child's open episode (open or closure proposed), if any. */
    public Optional<EpisodeView> openEpisodeFor(UUID childId) {
        return reads.openEpisodeFor(childId);
    }

    public Optional<EpisodeView> find(UUID episodeId) {
        return reads.find(episodeId);
    }

    /** The episode's plans, latest first (the first, if not ended, is the current one). */
    public List<PlanView> plansFor(UUID episodeId) {
        return reads.plansFor(episodeId);
    }

    /** The plans of many episodes at once (the CIN census), in batches, in no particular order. */
    public List<PlanView> plansForEpisodes(Collection<UUID> episodeIds) {
        return reads.plansForEpisodes(episodeIds);
    }

    public Optional<PlanView> currentPlan(UUID episodeId) {
        return reads.currentPlan(episodeId);
    }

    /** Reviews, latest first. */
    public List<ReviewView> reviewsFor(UUID episodeId) {
        return reads.reviewsFor(episodeId);
    }

    /** Visits, latest first. */
    public List<VisitView> visitsFor(UUID episodeId) {
        return reads.visitsFor(episodeId);
    }

    /** The visits of many episodes at once, latest first (Annex A). */
    public List<VisitView> visitsOfEpisodes(Collection<UUID> episodeIds) {
        return reads.visitsOfEpisodes(episodeIds);
    }

    /** Closure proposals on the episode, latest first, with what became of each. */
    public List<ClosureView> closuresFor(UUID episodeId) {
        return reads.closuresFor(episodeId);
    }

    /** Closures awaiting a manager's authorisation, oldest proposal first. */
    public List<ClosureView> awaitingAuthorisation() {
        return reads.awaitingAuthorisation();
    }

    /** The child's authorised closure dated on or before {@code date} whose episode was not reopened by then. */
    public Optional<ClosureView> lastClosureOnOrBefore(UUID childId, LocalDate date) {
        return reads.lastClosureOnOrBefore(childId, date);
    }

    // ---- recording ----

    /** The worker records or changes the episode's primary need code. */
    public EpisodeView recordPrimaryNeed(UUID episodeId, long seenVersion, PrimaryNeed need) {
        return recording.recordPrimaryNeed(episodeId, seenVersion, need);
    }

    /**
     * Starts the child in need plan at its first planning meeting: satisfies cin-plan-first-meeting and opens
     * the recurring cin-review and cin-visit obligations from the start date.
     */
    public PlanView startPlan(UUID episodeId, LocalDate startDate) {
        return recording.startPlan(episodeId, startDate);
    }

    public UUID addNeed(UUID planId, String description) {
        return recording.addNeed(planId, description);
    }

    public UUID addAction(UUID needId, String what, String who, LocalDate byWhen) {
        return recording.addAction(needId, what, who, byWhen);
    }

    /** Progress on an action, on the version of it the worker saw. */
    public void recordProgress(UUID actionId, long seenVersion, LocalDate date, ActionStatus status, String note) {
        recording.recordProgress(actionId, seenVersion, date, status, note);
    }

    /**
     * A review of the current plan: attendance, progress on each action given, the child's views and the decision.
     * Satisfies cin-review (the next is due from this review's date). CLOSE makes the episode ready to close (RC7).
     */
    public UUID recordReview(UUID episodeId, NewReview review) {
        return recording.recordReview(episodeId, review);
    }

    /** A visit; one where the child was seen satisfies cin-visit (the next is due from this visit's date). */
    public UUID recordVisit(UUID episodeId, NewVisit visit) {
        return recording.recordVisit(episodeId, visit);
    }

    // ---- closure ----

    /**
     * The worker proposes closing the episode they saw; RC8 and RC9 without an assessment are kept but flagged, and
     * refused (IllegalArgumentException) once the episode went on to a plan or an enquiry (DfE rule 2990).
     */
    public ClosureView proposeClosure(UUID episodeId, long seenVersion, ClosureProposal proposal) {
        return closures.proposeClosure(episodeId, seenVersion, proposal);
    }

    /**
     * A manager who did not propose it authorises the closure: the episode closes today, the plan ends, the child's
     * open child in need obligations are voided, and {@link CaseClosed} is published.
     */
    public ClosureView authoriseClosure(UUID closureId, long seenVersion, boolean stepDownToEarlyHelp) {
        return closures.authoriseClosure(closureId, seenVersion, stepDownToEarlyHelp);
    }

    /** A manager returns the proposal to the worker with a reason; the episode stays open. */
    public ClosureView returnClosure(UUID closureId, long seenVersion, String reason) {
        return closures.returnClosure(closureId, seenVersion, reason);
    }

    /** A manager reopens a closed episode with a reason; the closure is kept and marked reopened. */
    public EpisodeView reopen(UUID episodeId, long seenVersion, String reason) {
        return closures.reopen(episodeId, seenVersion, reason);
    }
}
