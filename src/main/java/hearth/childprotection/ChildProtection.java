package hearth.childprotection;

import hearth.childprotection.domain.ProtectionActionProgress;
import hearth.childprotection.domain.ProtectionActionProgressRepository;
import hearth.childprotection.domain.AgreedAction;
import hearth.childprotection.domain.AgreedActionRepository;
import hearth.childprotection.domain.Attendees;
import hearth.childprotection.domain.Conference;
import hearth.childprotection.domain.ConferenceRepository;
import hearth.childprotection.domain.CoreGroup;
import hearth.childprotection.domain.CoreGroupRepository;
import hearth.childprotection.domain.Disagreement;
import hearth.childprotection.domain.DisagreementRepository;
import hearth.childprotection.domain.MidPointReview;
import hearth.childprotection.domain.MidPointReviewRepository;
import hearth.childprotection.domain.ProtectionOrder;
import hearth.childprotection.domain.ProtectionOrderRepository;
import hearth.childprotection.domain.ProtectionPlan;
import hearth.childprotection.domain.ProtectionPlanRepository;
import hearth.childprotection.domain.ProtectionVisit;
import hearth.childprotection.domain.ProtectionVisitRepository;
import hearth.childprotection.domain.Section47Enquiry;
import hearth.childprotection.domain.Section47EnquiryRepository;
import hearth.childprotection.domain.StrategyDiscussion;
import hearth.childprotection.domain.StrategyDiscussionRepository;
import hearth.people.People;
import hearth.people.PersonSummary;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of child protection. A strategy discussion is needed (the strategy-discussion clock starts when the
 * concern arises) and held; it may start a section 47 enquiry, whose authorised outcome may need an initial
 * conference (due within 15 working days of the strategy discussion). A conference may start a plan, which opens the
 * first core group, first review and visit clocks; each core group, review and visit satisfies its clock and the next
 * runs from the actual date. A review conference may end the plan. Recording is by workers; authorising an enquiry by
 * a manager who did not record it (AUTHORISE_ASSESSMENT); conferences and mid-point reviews by a chair
 * (CHAIR_CONFERENCE).
 */
@Service
public class ChildProtection {

    public static final String STRATEGY_RULE = "strategy-discussion";
    public static final String ICPC_RULE = "initial-cp-conference";
    public static final String FIRST_CORE_GROUP_RULE = "first-core-group";
    public static final String CORE_GROUP_RULE = "core-group";
    public static final String FIRST_REVIEW_RULE = "first-cp-review";
    public static final String REVIEW_RULE = "cp-review";
    public static final String VISIT_RULE = "cp-visit";
    public static final String POST_BIRTH_RULE = "post-birth-review";
    /** Every clock a plan runs; they stop when it ends. */
    static final Set<String> PLAN_RULES = Set.of(FIRST_CORE_GROUP_RULE, CORE_GROUP_RULE, FIRST_REVIEW_RULE,
            REVIEW_RULE, VISIT_RULE, POST_BIRTH_RULE);

    private final StrategyDiscussionRepository discussions;
    private final AgreedActionRepository actions;
    private final Section47EnquiryRepository enquiries;
    private final ConferenceRepository conferences;
    private final ProtectionPlanRepository plans;
    private final CoreGroupRepository coreGroups;
    private final ProtectionActionProgressRepository progress;
    private final ProtectionVisitRepository visits;
    private final MidPointReviewRepository midPoints;
    private final DisagreementRepository disagreements;
    private final ProtectionOrderRepository orders;
    private final People people;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChildProtection(StrategyDiscussionRepository discussions, AgreedActionRepository actions,
            Section47EnquiryRepository enquiries, ConferenceRepository conferences, ProtectionPlanRepository plans,
            CoreGroupRepository coreGroups, ProtectionActionProgressRepository progress, ProtectionVisitRepository visits,
            MidPointReviewRepository midPoints, DisagreementRepository disagreements, ProtectionOrderRepository orders,
            People people, Duties duties, Obligations obligations, ApplicationEventPublisher events, Clock clock) {
        this.discussions = discussions;
        this.actions = actions;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
        this.coreGroups = coreGroups;
        this.progress = progress;
        this.visits = visits;
        this.midPoints = midPoints;
        this.disagreements = disagreements;
        this.orders = orders;
        this.people = people;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    // ---- strategy discussions ----

    /**
     * A strategy discussion is needed: the strategy-discussion clock starts when the concern arose. A child with a
     * discussion already waiting to be held gets that one back rather than a second clock.
     */
    @Transactional
    public StrategyDiscussionView needStrategyDiscussion(UUID childId, StrategyTrigger trigger, UUID sourceId,
            String concern, Instant concernAt) {
        child(childId);
        Optional<StrategyDiscussion> waiting = discussions.findByChildIdAndVoidedFalseOrderByConcernAtDesc(childId)
                .stream().filter(d -> !d.isHeld()).findFirst();
        if (waiting.isPresent()) {
            return waiting.get().view();
        }
        StrategyDiscussion discussion = new StrategyDiscussion(childId, trigger, sourceId, concern, concernAt,
                CurrentUser.username(), clock.instant());
        discussion.openedObligation(duties.open(childId, STRATEGY_RULE, concernAt,
                "Reasonable cause to suspect significant harm"));
        return discussions.saveAndFlush(discussion).view();
    }

    /** Records the discussion held; when it decided on a section 47 enquiry, the enquiry starts that day. */
    @Transactional
    public StrategyDiscussionView holdStrategyDiscussion(UUID discussionId, long seenVersion,
            HeldStrategyDiscussion held) {
        StrategyDiscussion discussion = discussion(discussionId);
        checkVersion(discussion.getVersion(), seenVersion, StrategyDiscussion.class, discussionId);
        discussion.held(held, CurrentUser.username(), clock.instant());
        for (NewAction a : held.actions() == null ? List.<NewAction>of() : held.actions()) {
            actions.save(new AgreedAction(discussion.getChildId(), AgreedAction.STRATEGY, discussionId,
                    a.description(), a.owner(), CurrentUser.username(), clock.instant()));
        }
        if (discussion.getObligationId() != null) {
            satisfyIfOpen(discussion.getObligationId(), held.heldAt(), "Strategy " + held.kind().name().toLowerCase()
                    + " held");
        }
        UUID enquiryId = null;
        if (held.section47()) {
            enquiryId = enquiries.save(new Section47Enquiry(discussion.getChildId(), discussionId,
                    LocalDate.ofInstant(held.heldAt(), Due.LONDON))).getId();
        }
        events.publishEvent(new StrategyDiscussionHeld(discussion.getChildId(), discussionId, held.heldAt(),
                held.section47(), enquiryId));
        discussions.flush();
        return discussion.view();
    }

    // ---- section 47 enquiries ----

    @Transactional
    public EnquiryView recordEnquiryOutcome(UUID enquiryId, long seenVersion, EnquiryFindings findings) {
        Section47Enquiry enquiry = enquiry(enquiryId);
        checkVersion(enquiry.getVersion(), seenVersion, Section47Enquiry.class, enquiryId);
        enquiry.outcome(findings, CurrentUser.username(), clock.instant(), today());
        enquiries.flush();
        return enquiry.view();
    }

    /**
     * A manager who did not record the outcome authorises it. A conference needed opens the initial conference
     * clock from the date of the strategy discussion that started the enquiry.
     */
    @Transactional
    public EnquiryView authoriseEnquiry(UUID enquiryId, long seenVersion) {
        require(Permission.AUTHORISE_ASSESSMENT, "Only a manager authorises a section 47 outcome");
        Section47Enquiry enquiry = enquiry(enquiryId);
        checkVersion(enquiry.getVersion(), seenVersion, Section47Enquiry.class, enquiryId);
        String by = CurrentUser.username();
        enquiry.authorise(by, clock.instant());
        if (enquiry.getOutcome() == EnquiryOutcome.CONFERENCE_NEEDED) {
            enquiry.openedObligation(duties.open(enquiry.getChildId(), ICPC_RULE, enquiry.getStartDate(),
                    "Strategy discussion started the section 47 enquiry"));
        }
        enquiries.flush();
        EnquiryView view = enquiry.view();
        events.publishEvent(new Section47Authorised(view.childId(), enquiryId, view.startDate(), view.outcome(),
                Boolean.TRUE.equals(view.childSeen()), by, today()));
        return view;
    }

    // ---- conferences and plans ----

    /** The chair records the initial (pre-birth when the child is unborn) conference; PLAN starts a plan. */
    @Transactional
    public ConferenceView holdInitialConference(UUID enquiryId, NewConference c) {
        require(Permission.CHAIR_CONFERENCE, "Only a conference chair records a conference");
        Section47Enquiry enquiry = enquiry(enquiryId);
        if (!enquiry.view().awaitsConference() || conferences.existsByEnquiryIdAndVoidedFalse(enquiryId)) {
            throw new IllegalStateException("This enquiry is not waiting for an initial conference");
        }
        checkDate(c.heldOn(), enquiry.getStartDate(), "A conference cannot be held before the enquiry started");
        PersonSummary child = child(enquiry.getChildId());
        Conference conference = conferences.save(new Conference(child.id(), ConferenceKind.INITIAL, child.unborn(),
                enquiryId, null, c, CurrentUser.username(), clock.instant()));
        if (enquiry.getObligationId() != null) {
            satisfyIfOpen(enquiry.getObligationId(), start(c.heldOn()), "Initial child protection conference held");
        }
        if (c.decision() == ConferenceDecision.PLAN) {
            ProtectionPlan plan = plans.save(new ProtectionPlan(child.id(), conference.getId(), c.heldOn(),
                    child.unborn(), c.category(), plans.findByChildIdAndVoidedFalseOrderByStartDateDesc(child.id()),
                    clock.instant()));
            conference.startedPlan(plan.getId());
            duties.open(child.id(), FIRST_CORE_GROUP_RULE, c.heldOn(), "Initial conference started the plan");
            duties.open(child.id(), FIRST_REVIEW_RULE, c.heldOn(), "Initial conference started the plan");
            if (!child.unborn()) {
                duties.open(child.id(), VISIT_RULE, c.heldOn(), "Child protection plan started");
            }
            PlanView view = plan.view(today());
            events.publishEvent(new ChildProtectionPlanStarted(child.id(), plan.getId(), c.heldOn(), c.category(),
                    view.previousPlans(), view.preBirth()));
        }
        return conference.view();
    }

    /**
     * The chair records a review conference of the version of the plan they saw. It satisfies the review clock (the
     * next runs from this date, at most 6 months), and a post-birth review due; END_PLAN ends the plan.
     */
    @Transactional
    public ConferenceView holdReviewConference(UUID planId, long seenVersion, NewConference c) {
        require(Permission.CHAIR_CONFERENCE, "Only a conference chair records a conference");
        ProtectionPlan plan = plan(planId);
        checkVersion(plan.getVersion(), seenVersion, ProtectionPlan.class, planId);
        plan.requireActive();
        LocalDate last = conferences.findByPlanIdAndVoidedFalseOrderByHeldOnAsc(planId).stream()
                .map(x -> x.view().heldOn()).max(LocalDate::compareTo).orElse(plan.getStartDate());
        checkDate(c.heldOn(), last, "A review cannot be held before the plan's last conference");
        boolean preBirth = plan.isPreBirth() && plan.getBornOn() == null;
        Conference conference = conferences.save(new Conference(plan.getChildId(), ConferenceKind.REVIEW, preBirth,
                null, planId, c, CurrentUser.username(), clock.instant()));
        Instant at = start(c.heldOn());
        openUnder(plan.getChildId(), FIRST_REVIEW_RULE, REVIEW_RULE)
                .ifPresent(o -> satisfyIfOpen(o.id(), at, "Review conference held"));
        satisfyPostBirthReview(plan, c.heldOn(), "Post-birth review conference held");
        if (c.decision() == ConferenceDecision.END_PLAN) {
            endPlan(plan, c.heldOn(), c.endReason(), c.continuesAsChildInNeed(), "Review conference ended the plan");
        } else {
            plan.recategorise(c.category());
        }
        return conference.view();
    }

    /** A manager ends a plan outside a conference (e.g. the child moved to another authority or turned 18). */
    @Transactional
    public PlanView endPlan(UUID planId, long seenVersion, LocalDate on, PlanEndReason reason,
            boolean continuesAsChildInNeed) {
        require(Permission.AUTHORISE_ASSESSMENT, "Only a manager ends a plan outside a conference");
        ProtectionPlan plan = plan(planId);
        checkVersion(plan.getVersion(), seenVersion, ProtectionPlan.class, planId);
        checkDate(on, plan.getStartDate(), "A plan cannot end before it started");
        endPlan(plan, on, reason, continuesAsChildInNeed, "Plan ended: " + reason);
        plans.flush();
        return plan.view(today());
    }

    @Transactional
    public ActionView addPlanAction(UUID planId, NewAction action) {
        ProtectionPlan plan = plan(planId);
        plan.requireActive();
        return actions.save(new AgreedAction(plan.getChildId(), AgreedAction.PLAN, planId, action.description(),
                action.owner(), CurrentUser.username(), clock.instant())).view();
    }

    /** A core group: progress is needed on each of the plan's actions. Satisfies the core group clock. */
    @Transactional
    public CoreGroupView holdCoreGroup(UUID planId, NewCoreGroup c) {
        ProtectionPlan plan = plan(planId);
        plan.requireActive();
        checkDate(c.heldOn(), plan.getStartDate(), "A core group cannot meet before the plan started");
        Set<UUID> planActions = actionsFor(planId).stream().map(ActionView::id).collect(Collectors.toSet());
        Set<UUID> reported = c.progress().stream().map(ProgressView::actionId).collect(Collectors.toSet());
        if (!reported.equals(planActions) || reported.size() != c.progress().size()) {
            throw new IllegalArgumentException("Record progress on each of the plan's actions, once");
        }
        CoreGroup group = coreGroups.save(new CoreGroup(planId, plan.getChildId(), c.heldOn(),
                Attendees.of(c.attendance()), c.notes(), CurrentUser.username(), clock.instant()));
        c.progress().forEach(p -> progress.save(new ProtectionActionProgress(group.getId(), p.actionId(), p.rating(),
                p.progress())));
        Instant at = start(c.heldOn());
        openUnder(plan.getChildId(), FIRST_CORE_GROUP_RULE, CORE_GROUP_RULE)
                .ifPresent(o -> satisfyIfOpen(o.id(), at, "Core group held"));
        satisfyPostBirthReview(plan, c.heldOn(), "Post-birth core group held");
        return coreGroup(group);
    }

    /** A child protection visit; a visit seeing the child satisfies the visit clock, and the next runs from it. */
    @Transactional
    public VisitView recordVisit(UUID planId, NewVisit v) {
        ProtectionPlan plan = plan(planId);
        plan.requireActive();
        checkDate(v.visitedOn(), plan.getStartDate(), "A visit under the plan cannot be before the plan started");
        ProtectionVisit visit = visits.save(new ProtectionVisit(planId, plan.getChildId(), v, CurrentUser.username(),
                clock.instant()));
        if (v.childSeen()) {
            openUnder(plan.getChildId(), VISIT_RULE)
                    .ifPresent(o -> satisfyIfOpen(o.id(), start(v.visitedOn()), "Child protection visit, child seen"));
        }
        return visit.view();
    }

    @Transactional
    public MidPointReviewView recordMidPointReview(UUID planId, LocalDate reviewedOn, String findings,
            boolean escalationRaised, String escalation) {
        require(Permission.CHAIR_CONFERENCE, "Only a conference chair records a mid-point review");
        ProtectionPlan plan = plan(planId);
        plan.requireActive();
        checkDate(reviewedOn, plan.getStartDate(), "A mid-point review cannot be before the plan started");
        return midPoints.save(new MidPointReview(planId, plan.getChildId(), reviewedOn, findings, escalationRaised,
                escalation, CurrentUser.username(), clock.instant())).view();
    }

    /**
     * An unborn child on a pre-birth plan was born: the post-birth review clock starts (POST_BIRTH_REVIEW local
     * standard) and so do visits. Called when People publishes ChildBorn; a second call for the same birth changes nothing.
     */
    @Transactional
    public void childBorn(UUID childId, LocalDate bornOn) {
        Optional<ProtectionPlan> active = activePlanOf(childId);
        if (active.isEmpty() || !active.get().isPreBirth() || active.get().getBornOn() != null) {
            return;
        }
        ProtectionPlan plan = active.get();
        plan.born(bornOn);
        duties.open(childId, POST_BIRTH_RULE, bornOn, "Child born on a pre-birth plan");
        duties.open(childId, VISIT_RULE, bornOn, "Child born on a pre-birth plan");
    }

    // ---- disagreements and immediate protection ----

    @Transactional
    public DisagreementView recordDisagreement(UUID childId, NewDisagreement d) {
        child(childId);
        checkDate(d.raisedOn(), null, null);
        return disagreements.save(new Disagreement(childId, d, CurrentUser.username(), clock.instant())).view();
    }

    @Transactional
    public DisagreementView resolveDisagreement(UUID id, long seenVersion, LocalDate on, String resolution) {
        Disagreement d = disagreements.findById(id).filter(x -> !x.isVoided())
                .orElseThrow(() -> new NotFoundException("Disagreement"));
        checkVersion(d.getVersion(), seenVersion, Disagreement.class, id);
        checkDate(on, null, null);
        d.resolve(on, resolution);
        disagreements.flush();
        return d.view();
    }

    @Transactional
    public ProtectionOrderView recordProtectionOrder(UUID childId, NewProtectionOrder o) {
        child(childId);
        checkDate(o.startDate(), null, null);
        return orders.save(new ProtectionOrder(childId, o, CurrentUser.username(), clock.instant())).view();
    }

    @Transactional
    public ProtectionOrderView endProtectionOrder(UUID id, long seenVersion, LocalDate on) {
        ProtectionOrder o = order(id);
        checkVersion(o.getVersion(), seenVersion, ProtectionOrder.class, id);
        o.end(on);
        orders.flush();
        return o.view();
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public Optional<StrategyDiscussionView> strategyDiscussion(UUID id) {
        return discussions.findById(id).filter(d -> !d.isVoided()).map(StrategyDiscussion::view);
    }

    @Transactional(readOnly = true)
    public List<StrategyDiscussionView> strategyDiscussionsFor(UUID childId) {
        return discussions.findByChildIdAndVoidedFalseOrderByConcernAtDesc(childId).stream()
                .map(StrategyDiscussion::view).toList();
    }

    /** Actions of a strategy discussion or a plan, oldest first. */
    @Transactional(readOnly = true)
    public List<ActionView> actionsFor(UUID parentId) {
        return actions.findByParentIdAndVoidedFalseOrderByCreatedAtAsc(parentId).stream().map(AgreedAction::view)
                .toList();
    }


    @Transactional(readOnly = true)
    public Optional<EnquiryView> findEnquiry(UUID id) {
        return enquiries.findById(id).filter(e -> !e.isVoided()).map(Section47Enquiry::view);
    }

    @Transactional(readOnly = true)
    public Optional<EnquiryView> enquiryStartedBy(UUID discussionId) {
        return enquiries.findFirstByStrategyDiscussionIdAndVoidedFalse(discussionId).map(Section47Enquiry::view);
    }

    @Transactional(readOnly = true)
    public List<EnquiryView> enquiriesFor(UUID childId) {
        return enquiries.findByChildIdAndVoidedFalseOrderByStartDateDesc(childId).stream().map(Section47Enquiry::view)
                .toList();
    }

    /** Enquiries by id, in one query (performance reads the enquiries behind initial conferences). */
    @Transactional(readOnly = true)
    public List<EnquiryView> enquiries(java.util.Collection<UUID> ids) {
        return enquiries.findAllById(ids).stream().filter(e -> !e.isVoided()).map(Section47Enquiry::view).toList();
    }

    /** Initial conferences held on or after {@code from} and on or before {@code to}, in one query. */
    @Transactional(readOnly = true)
    public List<ConferenceView> initialConferencesBetween(LocalDate from, LocalDate to) {
        return conferences.findByKindAndHeldOnBetweenAndVoidedFalse(ConferenceKind.INITIAL, from, to).stream()
                .map(Conference::view).toList();
    }

    /** Plans open at some time between {@code from} and {@code to} (both included), in one query. */
    @Transactional(readOnly = true)
    public List<PlanView> plansOverlapping(LocalDate from, LocalDate to) {
        LocalDate today = today();
        return plans.overlapping(from, to).stream().map(p -> p.view(today)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ConferenceView> conference(UUID id) {
        return conferences.findById(id).filter(c -> !c.isVoided()).map(Conference::view);
    }

    @Transactional(readOnly = true)
    public List<ConferenceView> conferencesFor(UUID childId) {
        return conferences.findByChildIdAndVoidedFalseOrderByHeldOnDesc(childId).stream().map(Conference::view)
                .toList();
    }


    @Transactional(readOnly = true)
    public Optional<PlanView> findPlan(UUID id) {
        return plans.findById(id).filter(p -> !p.isVoided()).map(p -> p.view(today()));
    }

    /** The child's plans, latest first. */
    @Transactional(readOnly = true)
    public List<PlanView> plansFor(UUID childId) {
        LocalDate today = today();
        return plans.findByChildIdAndVoidedFalseOrderByStartDateDesc(childId).stream().map(p -> p.view(today))
                .toList();
    }

    /**
     * The enquiries, conferences and plans of many children at once (the CIN census), read in batches rather than
     * per child; voided records left out.
     */
    @Transactional(readOnly = true)
    public ProtectionRecords protectionRecordsFor(java.util.Collection<UUID> childIds) {
        LocalDate today = today();
        List<UUID> ids = List.copyOf(childIds);
        List<EnquiryView> enquiryViews = new java.util.ArrayList<>();
        List<ConferenceView> conferenceViews = new java.util.ArrayList<>();
        List<PlanView> planViews = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            List<UUID> batch = ids.subList(i, Math.min(ids.size(), i + 1000));
            enquiries.findByChildIdInAndVoidedFalse(batch).stream().map(Section47Enquiry::view)
                    .forEach(enquiryViews::add);
            conferences.findByChildIdInAndVoidedFalse(batch).stream().map(Conference::view)
                    .forEach(conferenceViews::add);
            plans.findByChildIdInAndVoidedFalse(batch).stream().map(p -> p.view(today)).forEach(planViews::add);
        }
        return new ProtectionRecords(enquiryViews, conferenceViews, planViews);
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> activePlan(UUID childId) {
        return activePlanOf(childId).map(p -> p.view(today()));
    }

    @Transactional(readOnly = true)
    public List<CoreGroupView> coreGroups(UUID planId) {
        return coreGroups.findByPlanIdAndVoidedFalseOrderByHeldOnDesc(planId).stream().map(this::coreGroup).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CoreGroupView> findCoreGroup(UUID id) {
        return coreGroups.findById(id).filter(g -> !g.isVoided()).map(this::coreGroup);
    }

    @Transactional(readOnly = true)
    public List<VisitView> visits(UUID planId) {
        return visits.findByPlanIdAndVoidedFalseOrderByVisitedOnDesc(planId).stream().map(ProtectionVisit::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MidPointReviewView> midPointReviews(UUID planId) {
        return midPoints.findByPlanIdAndVoidedFalseOrderByReviewedOnDesc(planId).stream().map(MidPointReview::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ConferenceView> reviewConferences(UUID planId) {
        return conferences.findByPlanIdAndVoidedFalseOrderByHeldOnAsc(planId).stream().map(Conference::view)
                .filter(c -> c.kind() == ConferenceKind.REVIEW).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DisagreementView> disagreement(UUID id) {
        return disagreements.findById(id).filter(d -> !d.isVoided()).map(Disagreement::view);
    }

    @Transactional(readOnly = true)
    public List<DisagreementView> disagreementsFor(UUID childId) {
        return disagreements.findByChildIdAndVoidedFalseOrderByRaisedOnDesc(childId).stream()
                .map(Disagreement::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ProtectionOrderView> protectionOrder(UUID id) {
        return orders.findById(id).filter(o -> !o.isVoided()).map(ProtectionOrder::view);
    }

    @Transactional(readOnly = true)
    public List<ProtectionOrderView> protectionOrdersFor(UUID childId) {
        return orders.findByChildIdAndVoidedFalseOrderByStartDateDesc(childId).stream().map(ProtectionOrder::view)
                .toList();
    }

    // ---- bulk reads for returns (Annex A) ----

    /** Every child's section 47 enquiries started from {@code from} to {@code to}, earliest first. */
    @Transactional(readOnly = true)
    public List<EnquiryView> enquiriesBetween(LocalDate from, LocalDate to) {
        return enquiries.findByStartDateBetweenAndVoidedFalseOrderByStartDateAsc(from, to).stream()
                .map(Section47Enquiry::view).toList();
    }

    /** Every child's conferences held from {@code from} to {@code to}, earliest first. */
    @Transactional(readOnly = true)
    public List<ConferenceView> conferencesBetween(LocalDate from, LocalDate to) {
        return conferences.findByHeldOnBetweenAndVoidedFalseOrderByHeldOnAsc(from, to).stream().map(Conference::view)
                .toList();
    }

    /** Every child's plans open at some time from {@code from} to {@code to}, earliest started first. */
    @Transactional(readOnly = true)
    public List<PlanView> plansDuring(LocalDate from, LocalDate to) {
        LocalDate today = today();
        return plans.findOpenDuring(from, to).stream().map(p -> p.view(today)).toList();
    }

    /** Every child's emergency protection orders and police protection begun from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<ProtectionOrderView> protectionOrdersBetween(LocalDate from, LocalDate to) {
        return orders.findByStartDateBetweenAndVoidedFalseOrderByStartDateAsc(from, to).stream()
                .map(ProtectionOrder::view).toList();
    }

    /** The statutory visits of these plans, latest first. */
    @Transactional(readOnly = true)
    public List<VisitView> visitsOfPlans(java.util.Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return visits.findByPlanIdInAndVoidedFalseOrderByVisitedOnDesc(planIds).stream().map(ProtectionVisit::view)
                .toList();
    }

    /** The child's open child protection clocks (strategy, conference, core group, visit, reviews), soonest first. */
    @Transactional(readOnly = true)
    public List<ObligationView> openClocks(UUID childId) {
        return obligations.openFor(List.of(childId)).stream().filter(o -> o.ruleId().equals(STRATEGY_RULE)
                || o.ruleId().equals(ICPC_RULE) || PLAN_RULES.contains(o.ruleId())).toList();
    }

    /**
     * Conferences due for every child: initial conferences for authorised enquiries needing one, and reviews
     * (including post-birth reviews) of active plans, soonest due first.
     */
    @Transactional(readOnly = true)
    public List<UpcomingConference> upcomingConferences() {
        Map<UUID, UUID> enquiryOf = new HashMap<>();
        for (Section47Enquiry e : enquiries.findByStatusAndOutcomeAndVoidedFalse(EnquiryStatus.AUTHORISED,
                EnquiryOutcome.CONFERENCE_NEEDED)) {
            if (!conferences.existsByEnquiryIdAndVoidedFalse(e.getId())) {
                enquiryOf.put(e.getChildId(), e.getId());
            }
        }
        Map<UUID, UUID> planOf = new HashMap<>();
        plans.findByStatusAndVoidedFalse(PlanStatus.ACTIVE).forEach(p -> planOf.put(p.getChildId(), p.getId()));
        Set<UUID> children = new HashSet<>(enquiryOf.keySet());
        children.addAll(planOf.keySet());
        List<UpcomingConference> due = new ArrayList<>();
        for (ObligationView o : obligations.openFor(children)) {
            if (o.ruleId().equals(ICPC_RULE) && enquiryOf.containsKey(o.subjectId())) {
                due.add(new UpcomingConference(o.subjectId(), ConferenceKind.INITIAL, enquiryOf.get(o.subjectId()),
                        null, o));
            } else if ((o.ruleId().equals(FIRST_REVIEW_RULE) || o.ruleId().equals(REVIEW_RULE)
                    || o.ruleId().equals(POST_BIRTH_RULE)) && planOf.containsKey(o.subjectId())) {
                due.add(new UpcomingConference(o.subjectId(), ConferenceKind.REVIEW, null, planOf.get(o.subjectId()),
                        o));
            }
        }
        return due;
    }

    // ---- helpers ----

    private void endPlan(ProtectionPlan plan, LocalDate on, PlanEndReason reason, Boolean continuesCin, String why) {
        plan.end(on, reason, Boolean.TRUE.equals(continuesCin), CurrentUser.username());
        for (ObligationView o : obligations.openFor(List.of(plan.getChildId()))) {
            if (PLAN_RULES.contains(o.ruleId())) {
                obligations.voidObligation(o.id(), why);
            }
        }
        events.publishEvent(new ChildProtectionPlanEnded(plan.getChildId(), plan.getId(), on, reason,
                Boolean.TRUE.equals(continuesCin)));
    }

    private void satisfyPostBirthReview(ProtectionPlan plan, LocalDate heldOn, String event) {
        if (plan.getBornOn() != null && !heldOn.isBefore(plan.getBornOn())) {
            openUnder(plan.getChildId(), POST_BIRTH_RULE).ifPresent(o -> satisfyIfOpen(o.id(), start(heldOn), event));
        }
    }

    private Optional<ObligationView> openUnder(UUID childId, String... rules) {
        Set<String> wanted = Set.of(rules);
        return obligations.openFor(List.of(childId)).stream().filter(o -> wanted.contains(o.ruleId())).findFirst();
    }

    /** Satisfies a clock with the work's actual time; work dated before the clock started (recorded late) does not. */
    private void satisfyIfOpen(UUID obligationId, Instant at, String event) {
        obligations.find(obligationId).filter(o -> o.metAt() == null && !at.isBefore(o.startedAt())
                && o.state() != hearth.timescales.ObligationState.VOIDED)
                .ifPresent(o -> obligations.satisfy(obligationId, at, event));
    }

    private CoreGroupView coreGroup(CoreGroup g) {
        return new CoreGroupView(g.getId(), g.getPlanId(), g.getChildId(), g.getHeldOn(), g.getAttendees().view(),
                progress.findByCoreGroupId(g.getId()).stream().map(ProtectionActionProgress::view).toList(), g.getNotes(),
                g.getRecordedBy());
    }

    private Optional<ProtectionPlan> activePlanOf(UUID childId) {
        return plans.findByChildIdAndVoidedFalseOrderByStartDateDesc(childId).stream()
                .filter(p -> p.getStatus() == PlanStatus.ACTIVE).findFirst();
    }

    private void checkDate(LocalDate date, LocalDate notBefore, String beforeMessage) {
        if (date == null) {
            throw new IllegalArgumentException("A date is needed");
        }
        if (date.isAfter(today())) {
            throw new IllegalArgumentException("The date cannot be in the future");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw new IllegalArgumentException(beforeMessage);
        }
    }

    private static void checkVersion(long actual, long seen, Class<?> type, UUID id) {
        if (actual != seen) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private static void require(Permission permission, String message) {
        if (CurrentUser.get().filter(u -> u.has(permission)).isEmpty()) {
            throw new AccessDeniedException(message);
        }
    }

    private PersonSummary child(UUID childId) {
        return people.find(childId).filter(p -> p.kind() == hearth.people.PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
    }

    private StrategyDiscussion discussion(UUID id) {
        return discussions.findById(id).filter(d -> !d.isVoided())
                .orElseThrow(() -> new NotFoundException("Strategy discussion"));
    }

    private Section47Enquiry enquiry(UUID id) {
        return enquiries.findById(id).filter(e -> !e.isVoided())
                .orElseThrow(() -> new NotFoundException("Section 47 enquiry"));
    }

    private ProtectionPlan plan(UUID id) {
        return plans.findById(id).filter(p -> !p.isVoided()).orElseThrow(() -> new NotFoundException("Plan"));
    }

    private ProtectionOrder order(UUID id) {
        return orders.findById(id).filter(o -> !o.isVoided()).orElseThrow(() -> new NotFoundException("Order"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    private static Instant start(LocalDate date) {
        return date.atStartOfDay(Due.LONDON).toInstant();
    }
}
