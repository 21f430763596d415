package hearth.missing;

import hearth.missing.domain.ExploitationMeeting;
import hearth.missing.domain.ExploitationMeetingRepository;
import hearth.missing.domain.ExploitationPlanReview;
import hearth.missing.domain.ExploitationPlanReviewRepository;
import hearth.missing.domain.ExploitationSafetyPlan;
import hearth.missing.domain.ExploitationSafetyPlanRepository;
import hearth.missing.domain.ExploitationScreening;
import hearth.missing.domain.ExploitationScreeningRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of risk outside the home (exploitation): screenings, multi-agency planning meetings, and safety
 * plans whose reviews fall due under a local standard until a review ends the plan.
 */
@Service
public class RiskOutsideHome {

    public static final String PLAN_REVIEW_RULE = "exploitation-safety-plan-review";

    private final ExploitationScreeningRepository screenings;
    private final ExploitationMeetingRepository meetings;
    private final ExploitationSafetyPlanRepository plans;
    private final ExploitationPlanReviewRepository reviews;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskOutsideHome(ExploitationScreeningRepository screenings, ExploitationMeetingRepository meetings,
            ExploitationSafetyPlanRepository plans, ExploitationPlanReviewRepository reviews, Duties duties,
            Obligations obligations, ApplicationEventPublisher events, Clock clock) {
        this.screenings = screenings;
        this.meetings = meetings;
        this.plans = plans;
        this.reviews = reviews;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ExploitationScreeningView screen(UUID childId, LocalDate on, String tool, Set<ExploitationConcern> concerns,
            ExploitationRiskLevel level, String summary) {
        ExploitationScreening s = screenings.save(new ExploitationScreening(childId, on, tool, concerns, level, summary,
                CurrentUser.username(), clock.instant()));
        events.publishEvent(new ExploitationScreened(childId, s.getId(), on, level));
        return s.view();
    }

    @Transactional
    public ExploitationMeetingView meetingHeld(UUID childId, LocalDate on, String attendees, String decisions) {
        ExploitationMeeting m = meetings.save(new ExploitationMeeting(childId, on, attendees, decisions,
                CurrentUser.username(), clock.instant()));
        events.publishEvent(new ExploitationMeetingHeld(childId, m.getId(), on));
        return m.view();
    }

    /** Agrees a safety plan; its first review falls due from the day it was agreed. Only one open plan at a time. */
    @Transactional
    public SafetyPlanView agreePlan(UUID childId, LocalDate on, String plan) {
        if (currentPlan(childId).isPresent()) {
            throw new IllegalStateException("missing.error.planOpen");
        }
        ExploitationSafetyPlan p = plans.save(new ExploitationSafetyPlan(childId, on, plan, CurrentUser.username(),
                clock.instant()));
        p.reviewObligation(duties.open(childId, PLAN_REVIEW_RULE, on, "Safety plan agreed"));
        events.publishEvent(new SafetyPlanAgreed(childId, p.getId(), on));
        return view(plans.saveAndFlush(p));
    }

    /** Records a review: the next falls due from it, or, when the review ends the plan, none does. */
    @Transactional
    public SafetyPlanView review(UUID planId, long version, LocalDate on, String notes, boolean continues) {
        ExploitationSafetyPlan p = plans.findById(planId).orElseThrow(() -> new NotFoundException("Safety plan"));
        if (p.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ExploitationSafetyPlan.class, planId);
        }
        p.reviewed(on, continues);
        ExploitationPlanReview r = reviews.save(new ExploitationPlanReview(planId, p.getChildId(), on, notes, continues,
                CurrentUser.username(), clock.instant()));
        UUID next = null;
        Optional<ObligationView> open = openObligation(p);
        if (open.isPresent()) {
            next = obligations.satisfy(open.get().id(), on.atStartOfDay(hearth.timescales.Due.LONDON).toInstant(),
                    "Safety plan reviewed").orElse(null);
        }
        if (!continues && next != null) {
            obligations.voidObligation(next, "The review ended the safety plan");
            next = null;
        }
        p.reviewObligation(next);
        events.publishEvent(new SafetyPlanReviewed(p.getChildId(), planId, r.getId(), on, continues));
        return view(plans.saveAndFlush(p));
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<ExploitationScreeningView> screeningsFor(UUID childId) {
        return screenings.findByChildIdAndVoidedFalseOrderByScreenedOnDescRecordedAtDesc(childId).stream()
                .map(ExploitationScreening::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ExploitationMeetingView> meetingsFor(UUID childId) {
        return meetings.findByChildIdAndVoidedFalseOrderByHeldOnDescRecordedAtDesc(childId).stream()
                .map(ExploitationMeeting::view).toList();
    }

    @Transactional(readOnly = true)
    public List<SafetyPlanView> plansFor(UUID childId) {
        return plans.findByChildIdOrderByAgreedOnDescRecordedAtDesc(childId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SafetyPlanView> currentPlan(UUID childId) {
        return plansFor(childId).stream().filter(SafetyPlanView::open).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<SafetyPlanView> plan(UUID planId) {
        return plans.findById(planId).map(this::view);
    }

    /** Whether the child has been screened on or after this day. */
    @Transactional(readOnly = true)
    public boolean screenedSince(UUID childId, LocalDate since) {
        return screenings.existsByChildIdAndVoidedFalseAndScreenedOnGreaterThanEqual(childId, since);
    }

    private Optional<ObligationView> openObligation(ExploitationSafetyPlan p) {
        return Optional.ofNullable(p.getReviewObligationId()).flatMap(obligations::find)
                .filter(o -> o.metAt() == null && o.state() != ObligationState.VOIDED);
    }

    private SafetyPlanView view(ExploitationSafetyPlan p) {
        LocalDate due = openObligation(p).map(ObligationView::dueDate).orElse(null);
        return new SafetyPlanView(p.getId(), p.getChildId(), p.getAgreedOn(), p.getPlan(), p.getEndedOn(), due,
                reviews.findByPlanIdOrderByReviewedOnDescRecordedAtDesc(p.getId()).stream()
                        .map(ExploitationPlanReview::view).toList(), p.getRecordedBy(), p.getVersion());
    }
}
