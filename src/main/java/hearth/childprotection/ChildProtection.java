package hearth.childprotection;

import hearth.timescales.ObligationView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Published API of child protection. A strategy discussion is needed (the strategy-discussion clock starts when the
 * concern arises) and held; it may start a section 47 enquiry, whose authorised outcome may need an initial
 * conference (due within 15 working days of the strategy discussion). A conference may start a plan, which opens the
 * first core group, first review and visit clocks; each core group, review and visit satisfies its clock and the next
 * runs from the actual date. A review conference may end the plan. Recording is by workers; authorising an enquiry by
 * a manager who did not record it (AUTHORISE_ASSESSMENT); conferences and mid-point reviews by a chair
 * (CHAIR_CONFERENCE). The work is done by one service per concern ({@link StrategyAndEnquiries},
 * {@link ConferencesAndPlans}, {@link PlanMeetingsAndVisits}, {@link DisagreementsAndOrders}, {@link ProtectionReads},
 * {@link ProtectionBulkReads}); this is their single front.
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

    private final StrategyAndEnquiries strategy;
    private final ConferencesAndPlans conferences;
    private final PlanMeetingsAndVisits planWork;
    private final DisagreementsAndOrders disagreements;
    private final ProtectionReads reads;
    private final ProtectionBulkReads bulkReads;

    ChildProtection(StrategyAndEnquiries strategy, ConferencesAndPlans conferences, PlanMeetingsAndVisits planWork,
            DisagreementsAndOrders disagreements, ProtectionReads reads, ProtectionBulkReads bulkReads) {
        this.strategy = strategy;
        this.conferences = conferences;
        this.planWork = planWork;
        this.disagreements = disagreements;
        this.reads = reads;
        this.bulkReads = bulkReads;
    }

    // ---- strategy discussions and section 47 enquiries ----

    /**
     * A strategy discussion is needed: the strategy-discussion clock starts when the concern arose. A child with a
     * discussion already waiting to be held gets that one back rather than a second clock.
     */
    public StrategyDiscussionView needStrategyDiscussion(UUID childId, StrategyTrigger trigger, UUID sourceId,
            String concern, Instant concernAt) {
        return strategy.needStrategyDiscussion(childId, trigger, sourceId, concern, concernAt);
    }

    /** Records the discussion held; when it decided on a section 47 enquiry, the enquiry starts that day. */
    public StrategyDiscussionView holdStrategyDiscussion(UUID discussionId, long seenVersion,
            HeldStrategyDiscussion held) {
        return strategy.holdStrategyDiscussion(discussionId, seenVersion, held);
    }

    public EnquiryView recordEnquiryOutcome(UUID enquiryId, long seenVersion, EnquiryFindings findings) {
        return strategy.recordEnquiryOutcome(enquiryId, seenVersion, findings);
    }

    /**
     * A manager who did not record the outcome authorises it. A conference needed opens the initial conference
     * clock from the date of the strategy discussion that started the enquiry.
     */
    public EnquiryView authoriseEnquiry(UUID enquiryId, long seenVersion) {
        return strategy.authoriseEnquiry(enquiryId, seenVersion);
    }

    // ---- conferences and plans ----

    /** The chair records the initial (pre-birth when the child is unborn) conference; PLAN starts a plan. */
    public ConferenceView holdInitialConference(UUID enquiryId, NewConference c) {
        return conferences.holdInitialConference(enquiryId, c);
    }

    /**
     * The chair records a review conference of the version of the plan they saw. It satisfies the review clock (the
     * next runs from this date, at most 6 months), and a post-birth review due; END_PLAN ends the plan.
     */
    public ConferenceView holdReviewConference(UUID planId, long seenVersion, NewConference c) {
        return conferences.holdReviewConference(planId, seenVersion, c);
    }

    /** A manager ends a plan outside a conference (e.g. the child moved to another authority or turned 18). */
    public PlanView endPlan(UUID planId, long seenVersion, LocalDate on, PlanEndReason reason,
            boolean continuesAsChildInNeed) {
        return conferences.endPlan(planId, seenVersion, on, reason, continuesAsChildInNeed);
    }

    /**
     * An unborn child on a pre-birth plan was born: the post-birth review clock starts (POST_BIRTH_REVIEW local
     * standard) and so do visits. Called when People publishes ChildBorn; a second call for the same birth changes
     * nothing.
     */
    public void childBorn(UUID childId, LocalDate bornOn) {
        conferences.childBorn(childId, bornOn);
    }

    // ---- work under a plan ----

    public ActionView addPlanAction(UUID planId, NewAction action) {
        return planWork.addPlanAction(planId, action);
    }

    /** A core group: progress is needed on each of the plan's actions. Satisfies the core group clock. */
    public CoreGroupView holdCoreGroup(UUID planId, NewCoreGroup c) {
        return planWork.holdCoreGroup(planId, c);
    }

    /** A child protection visit; a visit seeing the child satisfies the visit clock, and the next runs from it. */
    public VisitView recordVisit(UUID planId, NewVisit v) {
        return planWork.recordVisit(planId, v);
    }

    public MidPointReviewView recordMidPointReview(UUID planId, LocalDate reviewedOn, String findings,
            boolean escalationRaised, String escalation) {
        return planWork.recordMidPointReview(planId, reviewedOn, findings, escalationRaised, escalation);
    }

    // ---- disagreements and immediate protection ----

    public DisagreementView recordDisagreement(UUID childId, NewDisagreement d) {
        return disagreements.recordDisagreement(childId, d);
    }

    public DisagreementView resolveDisagreement(UUID id, long seenVersion, LocalDate on, String resolution) {
        return disagreements.resolveDisagreement(id, seenVersion, on, resolution);
    }

    public ProtectionOrderView recordProtectionOrder(UUID childId, NewProtectionOrder o) {
        return disagreements.recordProtectionOrder(childId, o);
    }

    public ProtectionOrderView endProtectionOrder(UUID id, long seenVersion, LocalDate on) {
        return disagreements.endProtectionOrder(id, seenVersion, on);
    }

    // ---- reading ----

    public Optional<StrategyDiscussionView> strategyDiscussion(UUID id) {
        return reads.strategyDiscussion(id);
    }

    public List<StrategyDiscussionView> strategyDiscussionsFor(UUID childId) {
        return reads.strategyDiscussionsFor(childId);
    }

    /** Actions of a strategy discussion or a plan, oldest first. */
    public List<ActionView> actionsFor(UUID parentId) {
        return reads.actionsFor(parentId);
    }

    public Optional<EnquiryView> findEnquiry(UUID id) {
        return reads.findEnquiry(id);
    }

    public Optional<EnquiryView> enquiryStartedBy(UUID discussionId) {
        return reads.enquiryStartedBy(discussionId);
    }

    public List<EnquiryView> enquiriesFor(UUID childId) {
        return reads.enquiriesFor(childId);
    }

    public Optional<ConferenceView> conference(UUID id) {
        return reads.conference(id);
    }

    public List<ConferenceView> conferencesFor(UUID childId) {
        return reads.conferencesFor(childId);
    }

    public Optional<PlanView> findPlan(UUID id) {
        return reads.findPlan(id);
    }

    /** The child's plans, latest first. */
    public List<PlanView> plansFor(UUID childId) {
        return reads.plansFor(childId);
    }

    public Optional<PlanView> activePlan(UUID childId) {
        return reads.activePlan(childId);
    }

    public List<CoreGroupView> coreGroups(UUID planId) {
        return reads.coreGroups(planId);
    }

    public Optional<CoreGroupView> findCoreGroup(UUID id) {
        return reads.findCoreGroup(id);
    }

    public List<VisitView> visits(UUID planId) {
        return reads.visits(planId);
    }

    public List<MidPointReviewView> midPointReviews(UUID planId) {
        return reads.midPointReviews(planId);
    }

    public List<ConferenceView> reviewConferences(UUID planId) {
        return reads.reviewConferences(planId);
    }

    public Optional<DisagreementView> disagreement(UUID id) {
        return reads.disagreement(id);
    }

    public List<DisagreementView> disagreementsFor(UUID childId) {
        return reads.disagreementsFor(childId);
    }

    public Optional<ProtectionOrderView> protectionOrder(UUID id) {
        return reads.protectionOrder(id);
    }

    public List<ProtectionOrderView> protectionOrdersFor(UUID childId) {
        return reads.protectionOrdersFor(childId);
    }

    /** The child's open child protection clocks (strategy, conference, core group, visit, reviews), soonest first. */
    public List<ObligationView> openClocks(UUID childId) {
        return reads.openClocks(childId);
    }

    // ---- bulk reads for returns (Annex A), performance and the diary ----

    /** Enquiries by id, in one query (performance reads the enquiries behind initial conferences). */
    public List<EnquiryView> enquiries(Collection<UUID> ids) {
        return bulkReads.enquiries(ids);
    }

    /** Initial conferences held on or after {@code from} and on or before {@code to}, in one query. */
    public List<ConferenceView> initialConferencesBetween(LocalDate from, LocalDate to) {
        return bulkReads.initialConferencesBetween(from, to);
    }

    /** Plans open at some time between {@code from} and {@code to} (both included), in one query. */
    public List<PlanView> plansOverlapping(LocalDate from, LocalDate to) {
        return bulkReads.plansOverlapping(from, to);
    }

    /**
     * The enquiries, conferences and plans of many children at once (the CIN census), read in batches rather than
     * per child; voided records left out.
     */
    public ProtectionRecords protectionRecordsFor(Collection<UUID> childIds) {
        return bulkReads.protectionRecordsFor(childIds);
    }

    /** Every child's section 47 enquiries started from {@code from} to {@code to}, earliest first. */
    public List<EnquiryView> enquiriesBetween(LocalDate from, LocalDate to) {
        return bulkReads.enquiriesBetween(from, to);
    }

    /** Every child's conferences held from {@code from} to {@code to}, earliest first. */
    public List<ConferenceView> conferencesBetween(LocalDate from, LocalDate to) {
        return bulkReads.conferencesBetween(from, to);
    }

    /** Every child's plans open at some time from {@code from} to {@code to}, earliest started first. */
    public List<PlanView> plansDuring(LocalDate from, LocalDate to) {
        return bulkReads.plansDuring(from, to);
    }

    /** Every child's emergency protection orders and police protection begun from {@code from} to {@code to}. */
    public List<ProtectionOrderView> protectionOrdersBetween(LocalDate from, LocalDate to) {
        return bulkReads.protectionOrdersBetween(from, to);
    }

    /** The statutory visits of these plans, latest first. */
    public List<VisitView> visitsOfPlans(Collection<UUID> planIds) {
        return bulkReads.visitsOfPlans(planIds);
    }

    /**
     * Conferences due for every child: initial conferences for authorised enquiries needing one, and reviews
     * (including post-birth reviews) of active plans, soonest due first.
     */
    public List<UpcomingConference> upcomingConferences() {
        return bulkReads.upcomingConferences();
    }
}
