package hearth.childprotection;

import static hearth.childprotection.ChildProtection.FIRST_CORE_GROUP_RULE;
import static hearth.childprotection.ChildProtection.FIRST_REVIEW_RULE;
import static hearth.childprotection.ChildProtection.PLAN_RULES;
import static hearth.childprotection.ChildProtection.POST_BIRTH_RULE;
import static hearth.childprotection.ChildProtection.REVIEW_RULE;
import static hearth.childprotection.ChildProtection.VISIT_RULE;
import static hearth.childprotection.ProtectionClock.checkVersion;
import static hearth.childprotection.ProtectionClock.require;
import static hearth.childprotection.ProtectionClock.start;

import hearth.childprotection.domain.Conference;
import hearth.childprotection.domain.ConferenceRepository;
import hearth.childprotection.domain.ProtectionPlan;
import hearth.childprotection.domain.ProtectionPlanRepository;
import hearth.childprotection.domain.Section47Enquiry;
import hearth.childprotection.domain.Section47EnquiryRepository;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conferences and the plans they start and end: the initial conference (which may start a plan and its clocks),
 * review conferences, a manager ending a plan outside a conference, and the birth of a child on a pre-birth plan.
 */
@Service
class ConferencesAndPlans {

    private final Section47EnquiryRepository enquiries;
    private final ConferenceRepository conferences;
    private final ProtectionPlanRepository plans;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final ProtectionClock clock;

    ConferencesAndPlans(Section47EnquiryRepository enquiries, ConferenceRepository conferences,
            ProtectionPlanRepository plans, Duties duties, Obligations obligations, ApplicationEventPublisher events,
            ProtectionClock clock) {
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ConferenceView holdInitialConference(UUID enquiryId, NewConference c) {
        require(Permission.CHAIR_CONFERENCE, "Only a conference chair records a conference");
        Section47Enquiry enquiry = enquiries.findById(enquiryId).filter(e -> !e.isVoided())
                .orElseThrow(() -> new NotFoundException("Section 47 enquiry"));
        if (!enquiry.view().awaitsConference() || conferences.existsByEnquiryIdAndVoidedFalse(enquiryId)) {
            throw new IllegalStateException("This enquiry is not waiting for an initial conference");
        }
        clock.checkDate(c.heldOn(), enquiry.getStartDate(), "A conference cannot be held before the enquiry started");
        PersonSummary child = clock.child(enquiry.getChildId());
        Conference conference = conferences.save(new Conference(child.id(), ConferenceKind.INITIAL, child.unborn(),
                enquiryId, null, c, CurrentUser.username(), clock.now()));
        if (enquiry.getObligationId() != null) {
            clock.satisfyIfOpen(enquiry.getObligationId(), start(c.heldOn()),
                    "Initial child protection conference held");
        }
        if (c.decision() == ConferenceDecision.PLAN) {
            ProtectionPlan plan = plans.save(new ProtectionPlan(child.id(), conference.getId(), c.heldOn(),
                    child.unborn(), c.category(), plans.findByChildIdAndVoidedFalseOrderByStartDateDesc(child.id()),
                    clock.now()));
            conference.startedPlan(plan.getId());
            duties.open(child.id(), FIRST_CORE_GROUP_RULE, c.heldOn(), "Initial conference started the plan");
            duties.open(child.id(), FIRST_REVIEW_RULE, c.heldOn(), "Initial conference started the plan");
            if (!child.unborn()) {
                duties.open(child.id(), VISIT_RULE, c.heldOn(), "Child protection plan started");
            }
            PlanView view = plan.view(clock.today());
            events.publishEvent(new ChildProtectionPlanStarted(child.id(), plan.getId(), c.heldOn(), c.category(),
                    view.previousPlans(), view.preBirth()));
        }
        return conference.view();
    }

    @Transactional
    public ConferenceView holdReviewConference(UUID planId, long seenVersion, NewConference c) {
        require(Permission.CHAIR_CONFERENCE, "Only a conference chair records a conference");
        ProtectionPlan plan = plan(planId);
        checkVersion(plan.getVersion(), seenVersion, ProtectionPlan.class, planId);
        plan.requireActive();
        LocalDate last = conferences.findByPlanIdAndVoidedFalseOrderByHeldOnAsc(planId).stream()
                .map(x -> x.view().heldOn()).max(LocalDate::compareTo).orElse(plan.getStartDate());
        clock.checkDate(c.heldOn(), last, "A review cannot be held before the plan's last conference");
        boolean preBirth = plan.isPreBirth() && plan.getBornOn() == null;
        Conference conference = conferences.save(new Conference(plan.getChildId(), ConferenceKind.REVIEW, preBirth,
                null, planId, c, CurrentUser.username(), clock.now()));
        Instant at = start(c.heldOn());
        clock.openUnder(plan.getChildId(), FIRST_REVIEW_RULE, REVIEW_RULE)
                .ifPresent(o -> clock.satisfyIfOpen(o.id(), at, "Review conference held"));
        satisfyPostBirthReview(plan, c.heldOn(), "Post-birth review conference held");
        if (c.decision() == ConferenceDecision.END_PLAN) {
            endPlan(plan, c.heldOn(), c.endReason(), c.continuesAsChildInNeed(), "Review conference ended the plan");
        } else {
            plan.recategorise(c.category());
        }
        return conference.view();
    }

    @Transactional
    public PlanView endPlan(UUID planId, long seenVersion, LocalDate on, PlanEndReason reason,
            boolean continuesAsChildInNeed) {
        require(Permission.AUTHORISE_ASSESSMENT, "Only a manager ends a plan outside a conference");
        ProtectionPlan plan = plan(planId);
        checkVersion(plan.getVersion(), seenVersion, ProtectionPlan.class, planId);
        clock.checkDate(on, plan.getStartDate(), "A plan cannot end before it started");
        endPlan(plan, on, reason, continuesAsChildInNeed, "Plan ended: " + reason);
        plans.flush();
        return plan.view(clock.today());
    }

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

    /** A core group or review conference held after the birth meets a post-birth review due. */
    void satisfyPostBirthReview(ProtectionPlan plan, LocalDate heldOn, String event) {
        if (plan.getBornOn() != null && !heldOn.isBefore(plan.getBornOn())) {
            clock.openUnder(plan.getChildId(), POST_BIRTH_RULE)
                    .ifPresent(o -> clock.satisfyIfOpen(o.id(), start(heldOn), event));
        }
    }

    Optional<ProtectionPlan> activePlanOf(UUID childId) {
        return plans.findByChildIdAndVoidedFalseOrderByStartDateDesc(childId).stream()
                .filter(p -> p.getStatus() == PlanStatus.ACTIVE).findFirst();
    }

    ProtectionPlan plan(UUID id) {
        return plans.findById(id).filter(p -> !p.isVoided()).orElseThrow(() -> new NotFoundException("Plan"));
    }

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
}
