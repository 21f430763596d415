package hearth.childprotection;

import static hearth.childprotection.ChildProtection.CORE_GROUP_RULE;
import static hearth.childprotection.ChildProtection.FIRST_CORE_GROUP_RULE;
import static hearth.childprotection.ChildProtection.VISIT_RULE;
import static hearth.childprotection.ProtectionClock.require;
import static hearth.childprotection.ProtectionClock.start;

import hearth.childprotection.domain.AgreedAction;
import hearth.childprotection.domain.AgreedActionRepository;
import hearth.childprotection.domain.Attendees;
import hearth.childprotection.domain.CoreGroup;
import hearth.childprotection.domain.CoreGroupRepository;
import hearth.childprotection.domain.MidPointReview;
import hearth.childprotection.domain.MidPointReviewRepository;
import hearth.childprotection.domain.ProtectionActionProgress;
import hearth.childprotection.domain.ProtectionActionProgressRepository;
import hearth.childprotection.domain.ProtectionPlan;
import hearth.childprotection.domain.ProtectionVisit;
import hearth.childprotection.domain.ProtectionVisitRepository;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work under an active plan: its actions, core groups (with progress), visits and mid-point reviews. */
@Service
class PlanMeetingsAndVisits {

    private final AgreedActionRepository actions;
    private final CoreGroupRepository coreGroups;
    private final ProtectionActionProgressRepository progress;
    private final ProtectionVisitRepository visits;
    private final MidPointReviewRepository midPoints;
    private final ConferencesAndPlans plans;
    private final ProtectionClock clock;

    PlanMeetingsAndVisits(AgreedActionRepository actions, CoreGroupRepository coreGroups,
            ProtectionActionProgressRepository progress, ProtectionVisitRepository visits,
            MidPointReviewRepository midPoints, ConferencesAndPlans plans, ProtectionClock clock) {
        this.actions = actions;
        this.coreGroups = coreGroups;
        this.progress = progress;
        this.visits = visits;
        this.midPoints = midPoints;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public ActionView addPlanAction(UUID planId, NewAction action) {
        ProtectionPlan plan = plans.plan(planId);
        plan.requireActive();
        return actions.save(new AgreedAction(plan.getChildId(), AgreedAction.PLAN, planId, action.description(),
                action.owner(), CurrentUser.username(), clock.now())).view();
    }

    @Transactional
    public CoreGroupView holdCoreGroup(UUID planId, NewCoreGroup c) {
        ProtectionPlan plan = plans.plan(planId);
        plan.requireActive();
        clock.checkDate(c.heldOn(), plan.getStartDate(), "A core group cannot meet before the plan started");
        Set<UUID> planActions = actions.findByParentIdAndVoidedFalseOrderByCreatedAtAsc(planId).stream()
                .map(AgreedAction::view).map(ActionView::id).collect(Collectors.toSet());
        Set<UUID> reported = c.progress().stream().map(ProgressView::actionId).collect(Collectors.toSet());
        if (!reported.equals(planActions) || reported.size() != c.progress().size()) {
            throw new IllegalArgumentException("Record progress on each of the plan's actions, once");
        }
        CoreGroup group = coreGroups.save(new CoreGroup(planId, plan.getChildId(), c.heldOn(),
                Attendees.of(c.attendance()), c.notes(), CurrentUser.username(), clock.now()));
        c.progress().forEach(p -> progress.save(new ProtectionActionProgress(group.getId(), p.actionId(), p.rating(),
                p.progress())));
        Instant at = start(c.heldOn());
        clock.openUnder(plan.getChildId(), FIRST_CORE_GROUP_RULE, CORE_GROUP_RULE)
                .ifPresent(o -> clock.satisfyIfOpen(o.id(), at, "Core group held"));
        plans.satisfyPostBirthReview(plan, c.heldOn(), "Post-birth core group held");
        return coreGroup(group);
    }

    @Transactional
    public VisitView recordVisit(UUID planId, NewVisit v) {
        ProtectionPlan plan = plans.plan(planId);
        plan.requireActive();
        clock.checkDate(v.visitedOn(), plan.getStartDate(), "A visit under the plan cannot be before the plan started");
        ProtectionVisit visit = visits.save(new ProtectionVisit(planId, plan.getChildId(), v, CurrentUser.username(),
                clock.now()));
        if (v.childSeen()) {
            clock.openUnder(plan.getChildId(), VISIT_RULE).ifPresent(o -> clock.satisfyIfOpen(o.id(),
                    start(v.visitedOn()), "Child protection visit, child seen"));
        }
        return visit.view();
    }

    @Transactional
    public MidPointReviewView recordMidPointReview(UUID planId, LocalDate reviewedOn, String findings,
            boolean escalationRaised, String escalation) {
        require(Permission.CHAIR_CONFERENCE, "Only a conference chair records a mid-point review");
        ProtectionPlan plan = plans.plan(planId);
        plan.requireActive();
        clock.checkDate(reviewedOn, plan.getStartDate(), "A mid-point review cannot be before the plan started");
        return midPoints.save(new MidPointReview(planId, plan.getChildId(), reviewedOn, findings, escalationRaised,
                escalation, CurrentUser.username(), clock.now())).view();
    }

    /** A core group with the progress recorded at it. */
    CoreGroupView coreGroup(CoreGroup g) {
        return new CoreGroupView(g.getId(), g.getPlanId(), g.getChildId(), g.getHeldOn(), g.getAttendees().view(),
                progress.findByCoreGroupId(g.getId()).stream().map(ProtectionActionProgress::view).toList(),
                g.getNotes(), g.getRecordedBy());
    }
}
