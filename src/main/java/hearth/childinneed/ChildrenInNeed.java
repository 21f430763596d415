package hearth.childinneed;

import hearth.assessment.AssessmentAuthorised;
import hearth.assessment.AssessmentOutcome;
import hearth.childprotection.ChildProtectionPlanEnded;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.Section47Authorised;
import hearth.childinneed.domain.CinActionProgress;
import hearth.childinneed.domain.CinActionProgressRepository;
import hearth.childinneed.domain.Closure;
import hearth.childinneed.domain.ClosureRepository;
import hearth.childinneed.domain.Episode;
import hearth.childinneed.domain.EpisodeReferralLink;
import hearth.childinneed.domain.EpisodeReferralLinkRepository;
import hearth.childinneed.domain.EpisodeRepository;
import hearth.childinneed.domain.Plan;
import hearth.childinneed.domain.PlanAction;
import hearth.childinneed.domain.PlanActionRepository;
import hearth.childinneed.domain.PlanNeed;
import hearth.childinneed.domain.PlanNeedRepository;
import hearth.childinneed.domain.PlanRepository;
import hearth.childinneed.domain.Review;
import hearth.childinneed.domain.ReviewAttendee;
import hearth.childinneed.domain.ReviewAttendeeRepository;
import hearth.childinneed.domain.ReviewRepository;
import hearth.childinneed.domain.CinVisit;
import hearth.childinneed.domain.CinVisitRepository;
import hearth.frontdoor.ReferralMade;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.Due;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of children in need: the child's episodes of need, child in need plans (needs, actions and
 * progress), reviews, visits, and closure proposed by a worker and authorised (or returned) by another manager,
 * and reopening. "Now" is always the injected clock. Illegal transitions throw {@link IllegalStateException};
 * bad values {@link IllegalArgumentException}; a stale version {@link ObjectOptimisticLockingFailureException}.
 */
@Service
public class ChildrenInNeed {

    public static final String FIRST_MEETING_RULE = "cin-plan-first-meeting";
    public static final String REVIEW_RULE = "cin-review";
    public static final String VISIT_RULE = "cin-visit";
    private static final Set<String> RULES = Set.of(FIRST_MEETING_RULE, REVIEW_RULE, VISIT_RULE);
    private static final Logger log = LoggerFactory.getLogger(ChildrenInNeed.class);

    private final EpisodeRepository episodes;
    private final EpisodeReferralLinkRepository referrals;
    private final PlanRepository plans;
    private final PlanNeedRepository needs;
    private final PlanActionRepository actions;
    private final CinActionProgressRepository progress;
    private final ReviewRepository reviews;
    private final ReviewAttendeeRepository attendees;
    private final CinVisitRepository visits;
    private final ClosureRepository closures;
    private final ClosureActivity activity;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChildrenInNeed(EpisodeRepository episodes, EpisodeReferralLinkRepository referrals, PlanRepository plans,
            PlanNeedRepository needs, PlanActionRepository actions, CinActionProgressRepository progress,
            ReviewRepository reviews, ReviewAttendeeRepository attendees, CinVisitRepository visits,
            ClosureRepository closures, Duties duties, Obligations obligations, ApplicationEventPublisher events,
            Clock clock, ClosureActivity activity) {
        this.activity = activity;
        this.episodes = episodes;
        this.referrals = referrals;
        this.plans = plans;
        this.needs = needs;
        this.actions = actions;
        this.progress = progress;
        this.reviews = reviews;
        this.attendees = attendees;
        this.visits = visits;
        this.closures = closures;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    // ---- reactions to other contexts (synchronous, in the publisher's transaction) ----

    /** A referral opens an episode of need, or joins the child's open one. */
    @EventListener
    @Transactional
    public void on(ReferralMade referral) {
        Optional<Episode> open = openEpisode(referral.childId());
        Episode episode = open.orElseGet(() -> episodes.save(
                new Episode(referral.childId(), referral.date(), referral.source(), clock.instant())));
        referrals.save(new EpisodeReferralLink(episode.getId(), referral.referralId(), referral.date(),
                referral.source(), referral.reReferral(), open.isPresent(), clock.instant()));
    }

    /**
     * An authorised assessment: CHILD_IN_NEED_PLAN opens the first-meeting clock from the completion date;
     * NO_FURTHER_ACTION and STEP_DOWN_TO_EARLY_HELP make the episode ready to close with RC8 or RC9.
     */
    @EventListener
    @Transactional
    public void on(AssessmentAuthorised assessment) {
        Optional<Episode> found = openEpisode(assessment.childId());
        if (found.isEmpty()) {
            log.warn("Assessment {} authorised for a child with no open episode of need", assessment.assessmentId());
            return;
        }
        Episode episode = found.get();
        AssessmentOutcome outcome = assessment.outcome();
        ClosureReason closeWith = switch (outcome) {
            case NO_FURTHER_ACTION -> ClosureReason.RC8;
            case STEP_DOWN_TO_EARLY_HELP -> ClosureReason.RC9;
            default -> null;
        };
        if (closeWith != null && activity.wentFurther(episode.view(List.of()))) {
            closeWith = ClosureReason.RC7; // an enquiry or plan came first: not "closed after assessment" (2990)
        }
        boolean needsPlan = outcome == AssessmentOutcome.CHILD_IN_NEED_PLAN;
        episode.assessed(assessment.assessmentId(), assessment.completedOn(), needsPlan, closeWith);
        if (needsPlan && openObligation(episode.getChildId(), FIRST_MEETING_RULE).isEmpty()) {
            duties.open(episode.getChildId(), FIRST_MEETING_RULE, assessment.completedOn(),
                    "Assessment authorised: child in need plan needed");
        }
    }

    /** A section 47 enquiry concluded the child should continue as a child in need: a plan is next. */
    @EventListener
    @Transactional
    public void on(Section47Authorised enquiry) {
        if (enquiry.outcome() == EnquiryOutcome.CONTINUE_AS_CHILD_IN_NEED) {
            stepDownFromProtection(enquiry.childId(), enquiry.authorisedOn(), "Section 47 enquiry: continue as a child in need");
        }
    }

    /** A child protection plan ended with the child continuing as a child in need: a plan is next. */
    @EventListener
    @Transactional
    public void on(ChildProtectionPlanEnded ended) {
        if (ended.continuesAsChildInNeed()) {
            stepDownFromProtection(ended.childId(), ended.endDate(), "Child protection plan ended: continue as a child in need");
        }
    }

    private void stepDownFromProtection(UUID childId, LocalDate on, String why) {
        Optional<Episode> found = openEpisode(childId);
        if (found.isEmpty()) {
            log.warn("Child {} stepped down from child protection with no open episode of need", childId);
            return;
        }
        found.get().needsChildInNeedPlan();
        if (openObligation(childId, FIRST_MEETING_RULE).isEmpty()) {
            duties.open(childId, FIRST_MEETING_RULE, on, why);
        }
    }

    // ---- reading ----

    /** The child's episodes, latest referral first. */
    @Transactional(readOnly = true)
    public List<EpisodeView> episodesFor(UUID childId) {
        return episodes.findByChildIdOrderByReferralDateDescOpenedAtDesc(childId).stream().map(this::view).toList();
    }

    /**
     * Every episode open at any time from {@code from} to {@code to} (the CIN census scope), oldest referral first
     * per child, read in a few queries rather than one per child.
     */
    @Transactional(readOnly = true)
    public List<EpisodeView> episodesDuring(LocalDate from, LocalDate to) {
        List<Episode> found = episodes.openDuring(from, to);
        Map<UUID, List<EpisodeView.EpisodeReferral>> links = new java.util.HashMap<>();
        for (int i = 0; i < found.size(); i += 1000) {
            referrals.findByEpisodeIdInOrderByDateAscRecordedAtAsc(found.subList(i, Math.min(found.size(), i + 1000))
                    .stream().map(Episode::getId).toList()).forEach(link -> links
                            .computeIfAbsent(link.getEpisodeId(), k -> new ArrayList<>()).add(link.view()));
        }
        return found.stream().map(e -> e.view(links.getOrDefault(e.getId(), List.of()))).toList();
    }

    /** The child's open episode (open or closure proposed), if any. */
    @Transactional(readOnly = true)
    public Optional<EpisodeView> openEpisodeFor(UUID childId) {
        return openEpisode(childId).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<EpisodeView> find(UUID episodeId) {
        return episodes.findById(episodeId).map(this::view);
    }

    /** The episode's plans, latest first (the first, if not ended, is the current one). */
    @Transactional(readOnly = true)
    public List<PlanView> plansFor(UUID episodeId) {
        return plans.findByEpisodeIdOrderByStartDateDescCreatedAtDesc(episodeId).stream().map(this::view).toList();
    }

    /** The plans of many episodes at once (the CIN census), in batches, in no particular order. */
    @Transactional(readOnly = true)
    public List<PlanView> plansForEpisodes(java.util.Collection<UUID> episodeIds) {
        List<UUID> ids = List.copyOf(episodeIds);
        List<PlanView> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            plans.findByEpisodeIdIn(ids.subList(i, Math.min(ids.size(), i + 1000))).stream().map(this::view)
                    .forEach(found::add);
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> currentPlan(UUID episodeId) {
        return currentPlanOf(episodeId).map(this::view);
    }

    /** Reviews, latest first. */
    @Transactional(readOnly = true)
    public List<ReviewView> reviewsFor(UUID episodeId) {
        List<Review> found = reviews.findByEpisodeIdAndVoidedFalseOrderByDateDescRecordedAtDesc(episodeId);
        Set<UUID> ids = found.stream().map(Review::getId).collect(Collectors.toSet());
        Map<UUID, List<Attendee>> people = ids.isEmpty() ? Map.of()
                : attendees.findByReviewIdInOrderByPosition(ids).stream().collect(Collectors.groupingBy(
                        ReviewAttendee::getReviewId, Collectors.mapping(ReviewAttendee::view, Collectors.toList())));
        Map<UUID, List<PlanView.Progress>> progressByReview = new java.util.HashMap<>();
        for (PlanView plan : plansFor(episodeId)) {
            for (PlanView.Need need : plan.needs()) {
                for (PlanView.Action action : need.actions()) {
                    for (PlanView.Progress p : action.progress()) {
                        if (p.reviewId() != null) {
                            progressByReview.computeIfAbsent(p.reviewId(), k -> new ArrayList<>()).add(p);
                        }
                    }
                }
            }
        }
        return found.stream().map(r -> new ReviewView(r.getId(), r.getEpisodeId(), r.getDate(),
                people.getOrDefault(r.getId(), List.of()), r.getChildViews(), r.getDecision(), r.getRecordedBy(),
                progressByReview.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** Visits, latest first. */
    @Transactional(readOnly = true)
    public List<VisitView> visitsFor(UUID episodeId) {
        return visits.findByEpisodeIdAndVoidedFalseOrderByDateDescRecordedAtDesc(episodeId).stream()
                .map(CinVisit::view).toList();
    }

    /** The visits of many episodes at once, latest first (Annex A). */
    @Transactional(readOnly = true)
    public List<VisitView> visitsOfEpisodes(java.util.Collection<UUID> episodeIds) {
        return episodeIds.isEmpty() ? List.of()
                : visits.findByEpisodeIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(episodeIds).stream()
                        .map(CinVisit::view).toList();
    }

    /** Closure proposals on the episode, latest first, with what became of each. */
    @Transactional(readOnly = true)
    public List<ClosureView> closuresFor(UUID episodeId) {
        return closures.findByEpisodeIdOrderByProposedAtDescIdDesc(episodeId).stream().map(Closure::view).toList();
    }

    /** Closures awaiting a manager's authorisation, oldest proposal first. */
    @Transactional(readOnly = true)
    public List<ClosureView> awaitingAuthorisation() {
        return closures.findByStatusOrderByProposedAtAsc(ClosureStatus.PROPOSED).stream().map(Closure::view).toList();
    }

    /** The child's authorised closure dated on or before {@code date} whose episode was not reopened by then. */
    @Transactional(readOnly = true)
    public Optional<ClosureView> lastClosureOnOrBefore(UUID childId, LocalDate date) {
        return closures.findByChildIdAndStatusAndClosedOnLessThanEqualOrderByClosedOnDescDecidedAtDesc(childId,
                        ClosureStatus.AUTHORISED, date).stream()
                .filter(c -> c.getReopenedOn() == null || c.getReopenedOn().isAfter(date))
                .findFirst().map(Closure::view);
    }

    // ---- recording ----

    /** The worker records or changes the episode's primary need code. */
    @Transactional
    public EpisodeView recordPrimaryNeed(UUID episodeId, long seenVersion, PrimaryNeed need) {
        Episode episode = current(episodeId, seenVersion);
        episode.recordPrimaryNeed(need);
        return view(episodes.saveAndFlush(episode));
    }

    /**
     * Starts the child in need plan at its first planning meeting: satisfies cin-plan-first-meeting and opens
     * the recurring cin-review and cin-visit obligations from the start date.
     */
    @Transactional
    public PlanView startPlan(UUID episodeId, LocalDate startDate) {
        Episode episode = require(episodeId);
        episode.requireNotClosed();
        if (currentPlanOf(episodeId).isPresent()) {
            throw new IllegalStateException("The episode already has a child in need plan");
        }
        requireDated(startDate, episode.getReferralDate(), "The plan cannot start before the referral");
        Plan plan = plans.save(new Plan(episodeId, episode.getChildId(), startDate, CurrentUser.username(),
                clock.instant()));
        UUID child = episode.getChildId();
        satisfy(child, FIRST_MEETING_RULE, startDate, "First child in need plan meeting");
        duties.open(child, REVIEW_RULE, startDate, "Child in need plan started");
        duties.open(child, VISIT_RULE, startDate, "Child in need plan started");
        return view(plan);
    }

    @Transactional
    public UUID addNeed(UUID planId, String description) {
        Plan plan = currentPlanById(planId);
        return needs.save(new PlanNeed(plan.getId(), description, CurrentUser.username(), clock.instant())).getId();
    }

    @Transactional
    public UUID addAction(UUID needId, String what, String who, LocalDate byWhen) {
        PlanNeed need = needs.findById(needId).filter(n -> !n.isVoided())
                .orElseThrow(() -> new NotFoundException("Need"));
        Plan plan = currentPlanById(need.getPlanId());
        return actions.save(new PlanAction(need.getId(), plan.getId(), what, who, byWhen, CurrentUser.username(),
                clock.instant())).getId();
    }

    /** Progress on an action, on the version of it the worker saw. */
    @Transactional
    public void recordProgress(UUID actionId, long seenVersion, LocalDate date, ActionStatus status, String note) {
        PlanAction action = actions.findById(actionId).filter(a -> !a.isVoided())
                .orElseThrow(() -> new NotFoundException("Action"));
        if (action.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(PlanAction.class, actionId);
        }
        Plan plan = currentPlanById(action.getPlanId());
        requireDated(date, plan.getStartDate(), "Progress cannot be dated before the plan started");
        action.progressed(status);
        progress.save(new CinActionProgress(actionId, date, status, note, null, CurrentUser.username(), clock.instant()));
    }

    /**
     * A review of the current plan: attendance, progress on each action given, the child's views and the decision.
     * Satisfies cin-review (the next is due from this review's date). CLOSE makes the episode ready to close (RC7).
     */
    @Transactional
    public UUID recordReview(UUID episodeId, NewReview review) {
        Episode episode = require(episodeId);
        episode.requireNotClosed();
        Plan plan = currentPlanOf(episodeId)
                .orElseThrow(() -> new IllegalStateException("Start a child in need plan before recording a review"));
        requireDated(review.date(), plan.getStartDate(), "A review cannot be dated before the plan started");
        if (review.attendees() == null || review.attendees().isEmpty()) {
            throw new IllegalArgumentException("A review needs at least one person invited");
        }
        String by = CurrentUser.username();
        Instant now = clock.instant();
        Review saved = reviews.save(new Review(episodeId, plan.getId(), episode.getChildId(), review.date(),
                review.childViews(), review.decision(), by, now));
        for (int i = 0; i < review.attendees().size(); i++) {
            attendees.save(new ReviewAttendee(saved.getId(), i, review.attendees().get(i)));
        }
        for (ProgressUpdate update : review.progress() == null ? List.<ProgressUpdate>of() : review.progress()) {
            PlanAction action = actions.findById(update.actionId()).filter(a -> !a.isVoided())
                    .filter(a -> a.getPlanId().equals(plan.getId()))
                    .orElseThrow(() -> new IllegalArgumentException("The action is not on this plan"));
            action.progressed(update.status());
            progress.save(new CinActionProgress(action.getId(), review.date(), update.status(), update.note(),
                    saved.getId(), by, now));
        }
        satisfy(episode.getChildId(), REVIEW_RULE, review.date(), "Child in need review held");
        if (review.decision() == ReviewDecision.CLOSE) {
            episode.markReadyToClose(ClosureReason.RC7);
        }
        events.publishEvent(new ReviewRecorded(episode.getChildId(), episodeId, saved.getId(), review.date(),
                review.decision()));
        return saved.getId();
    }

    /** A visit; one where the child was seen satisfies cin-visit (the next is due from this visit's date). */
    @Transactional
    public UUID recordVisit(UUID episodeId, NewVisit visit) {
        Episode episode = require(episodeId);
        episode.requireNotClosed();
        requireDated(visit.date(), episode.getReferralDate(), "A visit cannot be dated before the referral");
        CinVisit saved = visits.save(new CinVisit(episodeId, episode.getChildId(), visit.date(), visit.seen(),
                visit.seenAlone(), visit.wishesAndFeelings(), CurrentUser.username(), clock.instant()));
        if (visit.seen()) {
            satisfy(episode.getChildId(), VISIT_RULE, visit.date(), "Child in need visit, child seen");
        }
        return saved.getId();
    }

    // ---- closure ----

    /**
     * The worker proposes closing the episode they saw; RC8 and RC9 without an assessment are kept but flagged, and
     * refused (IllegalArgumentException) once the episode went on to a plan or an enquiry (DfE rule 2990).
     */
    @Transactional
    public ClosureView proposeClosure(UUID episodeId, long seenVersion, ClosureProposal proposal) {
        Episode episode = current(episodeId, seenVersion);
        if (activity.refuses(episode.view(List.of()), proposal.reason())) {
            throw new IllegalArgumentException(proposal.reason() + " says the case closed after its assessment, but"
                    + " this episode went on to a plan or a section 47 enquiry: close it with another reason");
        }
        episode.closureProposed();
        Closure closure = closures.save(new Closure(episodeId, episode.getChildId(), proposal,
                episode.getAssessmentId() != null, CurrentUser.username(), clock.instant()));
        episodes.flush();
        return closure.view();
    }

    /**
     * A manager who did not propose it authorises the closure: the episode closes today, the plan ends, the child's
     * open child in need obligations are voided, and {@link CaseClosed} is published.
     */
    @Transactional
    public ClosureView authoriseClosure(UUID closureId, long seenVersion, boolean stepDownToEarlyHelp) {
        String by = requireManager();
        Closure closure = proposed(closureId, seenVersion);
        Episode episode = require(closure.getEpisodeId());
        LocalDate today = today();
        closure.authorise(by, clock.instant(), today, stepDownToEarlyHelp);
        episode.close(today, closure.getReason());
        currentPlanOf(episode.getId()).ifPresent(p -> p.end(today, "Episode closed (" + closure.getReason() + ")"));
        for (ObligationView open : obligations.openFor(List.of(episode.getChildId()))) {
            if (RULES.contains(open.ruleId())) {
                obligations.voidObligation(open.id(), "Child in need episode closed (" + closure.getReason() + ")");
            }
        }
        events.publishEvent(new CaseClosed(episode.getChildId(), episode.getId(), today, closure.getReason(),
                closure.isStepDownToEarlyHelp(), by));
        closures.flush();
        return closure.view();
    }

    /** A manager returns the proposal to the worker with a reason; the episode stays open. */
    @Transactional
    public ClosureView returnClosure(UUID closureId, long seenVersion, String reason) {
        String by = requireManager();
        Closure closure = proposed(closureId, seenVersion);
        closure.returnToWorker(by, clock.instant(), reason);
        require(closure.getEpisodeId()).closureReturned();
        closures.flush();
        return closure.view();
    }

    /** A manager reopens a closed episode with a reason; the closure is kept and marked reopened. */
    @Transactional
    public EpisodeView reopen(UUID episodeId, long seenVersion, String reason) {
        String by = requireManager();
        Episode episode = current(episodeId, seenVersion);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reopening needs a reason");
        }
        if (openEpisode(episode.getChildId()).isPresent()) {
            throw new IllegalStateException("The child already has an open episode of need");
        }
        Closure closure = closures.findByEpisodeIdOrderByProposedAtDescIdDesc(episodeId).stream()
                .filter(c -> c.getStatus() == ClosureStatus.AUTHORISED).findFirst()
                .orElseThrow(() -> new IllegalStateException("Only a closed episode can be reopened"));
        Instant now = clock.instant();
        episode.reopen();
        closure.reopened(by, now, today(), reason);
        events.publishEvent(new CaseReopened(episode.getChildId(), episodeId, closure.getId(), reason, by, now));
        return view(episodes.saveAndFlush(episode));
    }

    // ---- helpers ----

    private String requireManager() {
        if (CurrentUser.get().filter(u -> u.has(Permission.AUTHORISE_ASSESSMENT)).isEmpty()) {
            throw new AccessDeniedException("Only a manager with AUTHORISE_ASSESSMENT decides closures");
        }
        return CurrentUser.username();
    }

    private Closure proposed(UUID closureId, long seenVersion) {
        Closure closure = closures.findById(closureId).orElseThrow(() -> new NotFoundException("Closure"));
        if (closure.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Closure.class, closureId);
        }
        return closure;
    }

    private Optional<Episode> openEpisode(UUID childId) {
        return episodes.findByChildIdOrderByReferralDateDescOpenedAtDesc(childId).stream()
                .filter(e -> e.getStatus().isOpen()).findFirst();
    }

    private Episode require(UUID episodeId) {
        return episodes.findById(episodeId).orElseThrow(() -> new NotFoundException("Episode"));
    }

    private Episode current(UUID episodeId, long seenVersion) {
        Episode episode = require(episodeId);
        if (episode.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Episode.class, episodeId);
        }
        return episode;
    }

    private Optional<Plan> currentPlanOf(UUID episodeId) {
        return plans.findByEpisodeIdOrderByStartDateDescCreatedAtDesc(episodeId).stream()
                .filter(p -> p.getEndDate() == null).findFirst();
    }

    private Plan currentPlanById(UUID planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan"));
        plan.requireCurrent();
        require(plan.getEpisodeId()).requireNotClosed();
        return plan;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    private void requireDated(LocalDate date, LocalDate notBefore, String tooEarly) {
        if (date == null) {
            throw new IllegalArgumentException("A date is needed");
        }
        if (date.isAfter(today())) {
            throw new IllegalArgumentException("The date cannot be in the future");
        }
        if (date.isBefore(notBefore)) {
            throw new IllegalArgumentException(tooEarly);
        }
    }

    private Optional<ObligationView> openObligation(UUID childId, String rule) {
        return obligations.openFor(List.of(childId)).stream().filter(o -> o.ruleId().equals(rule)).findFirst();
    }

    /** Satisfies the child's open obligation under the rule with an event on {@code date}, unless it predates it. */
    private void satisfy(UUID childId, String rule, LocalDate date, String event) {
        Instant metAt = date.atStartOfDay(Due.LONDON).toInstant();
        openObligation(childId, rule).filter(o -> !metAt.isBefore(o.startedAt()))
                .ifPresent(o -> obligations.satisfy(o.id(), metAt, event));
    }

    private EpisodeView view(Episode episode) {
        return episode.view(referrals.findByEpisodeIdOrderByDateAscRecordedAtAsc(episode.getId()).stream()
                .map(EpisodeReferralLink::view).toList());
    }

    private PlanView view(Plan plan) {
        List<PlanAction> planActions = actions.findByPlanIdAndVoidedFalseOrderByCreatedAtAsc(plan.getId());
        Map<UUID, List<PlanView.Progress>> progressByAction = planActions.isEmpty() ? Map.of()
                : progress.findByActionIdInOrderByDateAscRecordedAtAsc(
                                planActions.stream().map(PlanAction::getId).toList()).stream()
                        .collect(Collectors.groupingBy(CinActionProgress::getActionId,
                                Collectors.mapping(CinActionProgress::view, Collectors.toList())));
        List<PlanView.Need> planNeeds = new ArrayList<>();
        for (PlanNeed need : needs.findByPlanIdAndVoidedFalseOrderByCreatedAtAsc(plan.getId())) {
            List<PlanView.Action> needActions = planActions.stream().filter(a -> a.getNeedId().equals(need.getId()))
                    .map(a -> new PlanView.Action(a.getId(), a.getWhat(), a.getWho(), a.getByWhen(), a.getStatus(),
                            a.getVersion(), progressByAction.getOrDefault(a.getId(), List.of())))
                    .toList();
            planNeeds.add(new PlanView.Need(need.getId(), need.getDescription(), needActions));
        }
        return new PlanView(plan.getId(), plan.getEpisodeId(), plan.getStartDate(), plan.getEndDate(),
                plan.getEndReason(), planNeeds);
    }
}
