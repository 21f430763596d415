package hearth.childprotection;

import static hearth.childprotection.ChildProtection.ICPC_RULE;
import static hearth.childprotection.ChildProtection.PLAN_RULES;
import static hearth.childprotection.ChildProtection.STRATEGY_RULE;

import hearth.childprotection.domain.AgreedAction;
import hearth.childprotection.domain.AgreedActionRepository;
import hearth.childprotection.domain.Conference;
import hearth.childprotection.domain.ConferenceRepository;
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
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading one child's child protection records (voided ones left out), for the pages and other contexts. */
@Service
class ProtectionReads {

    private final StrategyDiscussionRepository discussions;
    private final AgreedActionRepository actions;
    private final Section47EnquiryRepository enquiries;
    private final ConferenceRepository conferences;
    private final ProtectionPlanRepository plans;
    private final CoreGroupRepository coreGroups;
    private final ProtectionVisitRepository visits;
    private final MidPointReviewRepository midPoints;
    private final DisagreementRepository disagreements;
    private final ProtectionOrderRepository orders;
    private final Obligations obligations;
    private final ConferencesAndPlans planWork;
    private final PlanMeetingsAndVisits meetings;
    private final ProtectionClock clock;

    ProtectionReads(StrategyDiscussionRepository discussions, AgreedActionRepository actions,
            Section47EnquiryRepository enquiries, ConferenceRepository conferences, ProtectionPlanRepository plans,
            CoreGroupRepository coreGroups, ProtectionVisitRepository visits, MidPointReviewRepository midPoints,
            DisagreementRepository disagreements, ProtectionOrderRepository orders, Obligations obligations,
            ConferencesAndPlans planWork, PlanMeetingsAndVisits meetings, ProtectionClock clock) {
        this.discussions = discussions;
        this.actions = actions;
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
        this.coreGroups = coreGroups;
        this.visits = visits;
        this.midPoints = midPoints;
        this.disagreements = disagreements;
        this.orders = orders;
        this.obligations = obligations;
        this.planWork = planWork;
        this.meetings = meetings;
        this.clock = clock;
    }

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
        return plans.findById(id).filter(p -> !p.isVoided()).map(p -> p.view(clock.today()));
    }

    /** The child's plans, latest first. */
    @Transactional(readOnly = true)
    public List<PlanView> plansFor(UUID childId) {
        LocalDate today = clock.today();
        return plans.findByChildIdAndVoidedFalseOrderByStartDateDesc(childId).stream().map(p -> p.view(today))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> activePlan(UUID childId) {
        return planWork.activePlanOf(childId).map(p -> p.view(clock.today()));
    }

    @Transactional(readOnly = true)
    public List<CoreGroupView> coreGroups(UUID planId) {
        return coreGroups.findByPlanIdAndVoidedFalseOrderByHeldOnDesc(planId).stream().map(meetings::coreGroup)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CoreGroupView> findCoreGroup(UUID id) {
        return coreGroups.findById(id).filter(g -> !g.isVoided()).map(meetings::coreGroup);
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

    /** The child's open child protection clocks (strategy, conference, core group, visit, reviews), soonest first. */
    @Transactional(readOnly = true)
    public List<ObligationView> openClocks(UUID childId) {
        return obligations.openFor(List.of(childId)).stream().filter(o -> o.ruleId().equals(STRATEGY_RULE)
                || o.ruleId().equals(ICPC_RULE) || PLAN_RULES.contains(o.ruleId())).toList();
    }
}
