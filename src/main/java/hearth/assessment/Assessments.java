package hearth.assessment;

import hearth.assessment.domain.Assessment;
import hearth.assessment.domain.AssessmentRepository;
import hearth.assessment.domain.Visit;
import hearth.assessment.domain.VisitRepository;
import hearth.notifications.Notifications;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import hearth.timescales.WorkingDays;
import hearth.work.Duties;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of child and family assessments. A referral creates the assessment and starts the 45 working
 * day clock on the referral date; an allocation to a worker while it is open starts the first-visit clock;
 * the first visit seeing the child stops it; authorisation by a manager who is not the author stops the 45 day
 * clock at the completion date. Every change takes the version the caller saw and answers the new view.
 */
@Service
public class Assessments {

    public static final String ASSESSMENT_RULE = "assessment-45-working-days";
    public static final String FIRST_VISIT_RULE = "first-visit-after-allocation";
    public static final int WORKING_DAYS_ALLOWED = 45;

    private final AssessmentRepository assessments;
    private final VisitRepository visits;
    private final Duties duties;
    private final Obligations obligations;
    private final WorkingDays workingDays;
    private final Workforce workforce;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, VisitRepository visits, Duties duties, Obligations obligations,
            WorkingDays workingDays, Workforce workforce, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.visits = visits;
        this.duties = duties;
        this.obligations = obligations;
        this.workingDays = workingDays;
        this.workforce = workforce;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the child's assessment for a referral (once per referral) and opens the 45 working day
     * obligation from the referral date. A child already allocated to a worker starts the first-visit clock too.
     */
    @Transactional
    AssessmentView createForReferral(UUID childId, UUID referralId, LocalDate referralDate) {
        Optional<Assessment> existing = assessments.findByReferralId(referralId);
        if (existing.isPresent()) {
            return existing.get().view();
        }
        Assessment assessment = assessments.save(new Assessment(childId, referralId, referralDate, clock.instant()));
        assessment.openedObligation(duties.open(childId, ASSESSMENT_RULE, referralDate, "Referral made"));
        workforce.currentAllocation(childId).filter(a -> !a.onDuty())
                .ifPresent(a -> allocate(assessment, a.workerUsername(), referralDate));
        return flush(assessment);
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> forReferral(UUID referralId) {
        return assessments.findByReferralId(referralId).filter(a -> !a.isVoided()).map(Assessment::view);
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> find(UUID id) {
        return assessments.findById(id).filter(a -> !a.isVoided()).map(Assessment::view);
    }

    /** The child's assessments, latest referral first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> forChild(UUID childId) {
        return assessments.findByChildIdAndVoidedFalseOrderByReferralDateDescCreatedAtDesc(childId).stream()
                .map(Assessment::view).toList();
    }

    /** Assessments completed on or after {@code from} and on or before {@code to}, in one query (performance reads this). */
    @Transactional(readOnly = true)
    public List<AssessmentView> completedBetween(LocalDate from, LocalDate to) {
        return assessments.findByCompletedOnBetweenAndVoidedFalse(from, to).stream().map(Assessment::view).toList();
    }

    /** Every child's assessments started from {@code from} to {@code to}, earliest first (Annex A). */
    @Transactional(readOnly = true)
    public List<AssessmentView> startedBetween(LocalDate from, LocalDate to) {
        return assessments.findByStartDateBetweenAndVoidedFalseOrderByStartDateAsc(from, to).stream()
                .map(Assessment::view).toList();
    }

    /** The assessments of many children at once (the CIN census), in batches, in no particular order. */
    @Transactional(readOnly = true)
    public List<AssessmentView> forChildren(java.util.Collection<UUID> childIds) {
        List<UUID> ids = List.copyOf(childIds);
        List<AssessmentView> found = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            assessments.findByChildIdInAndVoidedFalse(ids.subList(i, Math.min(ids.size(), i + 1000))).stream()
                    .map(Assessment::view).forEach(found::add);
        }
        return found;
    }

    /** Assessments submitted and waiting for a manager, oldest referral first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> awaitingAuthorisation() {
        return byStatus(EnumSet.of(AssessmentStatus.AWAITING_AUTHORISATION));
    }

    /** Assessments not yet submitted, oldest referral first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> inProgress() {
        return byStatus(EnumSet.of(AssessmentStatus.NOT_STARTED, AssessmentStatus.IN_PROGRESS));
    }

    @Transactional(readOnly = true)
    public List<VisitView> visits(UUID assessmentId) {
        return visits.findByAssessmentIdAndVoidedFalseOrderByDateDescRecordedAtDesc(assessmentId).stream()
                .map(Visit::view).toList();
    }

    /** Due date 45 working days from referral, working days elapsed to completion (or today), and lateness. */
    public AssessmentTimeliness timeliness(AssessmentView a) {
        var calendar = workingDays.statutory();
        LocalDate due = calendar.addWorkingDays(a.referralDate(), WORKING_DAYS_ALLOWED);
        LocalDate to = a.completedOn() != null ? a.completedOn() : today();
        int elapsed = to.isBefore(a.referralDate()) ? 0 : calendar.workingDaysBetween(a.referralDate(), to);
        return new AssessmentTimeliness(due, elapsed, to.isAfter(due));
    }

    /** The worker records the actual start date (CIN census AssessmentActualStartDate). */
    @Transactional
    public AssessmentView start(UUID id, long seenVersion, LocalDate actualStart) {
        Assessment assessment = require(id, seenVersion);
        String by = CurrentUser.username();
        assessment.start(actualStart, today(), by);
        events.publishEvent(new AssessmentStarted(assessment.getChildId(), id, assessment.getReferralId(),
                actualStart, by));
        return flush(assessment);
    }

    /** Records a visit; the first one seeing the child after allocation satisfies the first-visit obligation. */
    @Transactional
    public AssessmentView recordVisit(UUID id, NewVisit visit) {
        Assessment assessment = require(id);
        assessment.checkVisit(visit.date(), today());
        Visit saved = visits.save(new Visit(id, assessment.getChildId(), visit, CurrentUser.username(),
                clock.instant()));
        if (assessment.isFirstVisitAfterAllocation(visit.date(), visit.childSeen())) {
            UUID obligation = assessment.getFirstVisitObligationId();
            Instant metAt = visit.date().atStartOfDay(Due.LONDON).toInstant();
            ObligationView before = obligations.find(obligation).orElse(null);
            if (before != null && before.state().isOpen()) {
                Instant at = metAt.isBefore(before.startedAt()) ? before.startedAt() : metAt;
                obligations.satisfy(obligation, at, "Child seen on a visit");
                assessment.firstVisit(visit.date(), obligations.find(obligation).map(ObligationView::daysLate).orElse(0));
            }
        }
        events.publishEvent(new AssessmentVisitRecorded(assessment.getChildId(), id, saved.getId(), visit.date(),
                visit.childSeen(), visit.seenAlone()));
        return flush(assessment);
    }

    /** The DfE factors identified (see {@link Assessment#recordFactors}). */
    @Transactional
    public AssessmentView recordFactors(UUID id, long seenVersion, Collection<AssessmentFactor> factors) {
        Assessment assessment = require(id, seenVersion);
        assessment.recordFactors(factors);
        return flush(assessment);
    }

    /**
     * The worker completes the assessment and submits it for authorisation, becoming its author. Completed after
     * 45 working days needs a delay reason, which is also recorded on the overdue obligation.
     */
    @Transactional
    public AssessmentView submit(UUID id, long seenVersion, AssessmentOutcome outcome, String analysis,
            LocalDate completedOn, String delayReason) {
        Assessment assessment = require(id, seenVersion);
        LocalDate due = workingDays.statutory().addWorkingDays(assessment.getReferralDate(), WORKING_DAYS_ALLOWED);
        String by = CurrentUser.username();
        assessment.submit(outcome, analysis, completedOn, delayReason, due, today(), by, clock.instant());
        if (assessment.getDelayReason() != null && assessment.getObligationId() != null) {
            obligations.find(assessment.getObligationId())
                    .filter(o -> o.state() == ObligationState.OVERDUE || o.state() == ObligationState.MET_LATE)
                    .ifPresent(o -> obligations.recordDelayReason(o.id(), assessment.getDelayReason()));
        }
        events.publishEvent(new AssessmentSubmitted(assessment.getChildId(), id, outcome, completedOn, by));
        return flush(assessment);
    }

    /**
     * A manager with AUTHORISE_ASSESSMENT who is not the author authorises the assessment: the 45 working day
     * obligation is met at the completion date and {@link AssessmentAuthorised} is published.
     */
    @Transactional
    public AssessmentView authorise(UUID id, long seenVersion) {
        requireAuthoriser();
        Assessment assessment = require(id, seenVersion);
        String by = CurrentUser.username();
        assessment.authorise(by, clock.instant());
        closeObligations(assessment);
        events.publishEvent(new AssessmentAuthorised(assessment.getChildId(), id, assessment.getReferralId(),
                assessment.getStartDate(), assessment.getCompletedOn(), assessment.view().outcome(), by));
        return flush(assessment);
    }

    /** A manager who is not the author returns the assessment to the worker with a reason; the author is told. */
    @Transactional
    public AssessmentView returnToWorker(UUID id, long seenVersion, String reason) {
        requireAuthoriser();
        Assessment assessment = require(id, seenVersion);
        String by = CurrentUser.username();
        String author = assessment.getSubmittedBy();
        assessment.returnToWorker(reason, by, clock.instant());
        notifications.notify(author, assessment.getChildId(), "assessment.notify.returned", reason,
                "/assessments/" + id);
        events.publishEvent(new AssessmentReturned(assessment.getChildId(), id, reason, by, author));
        return flush(assessment);
    }

    /** Voids an assessment recorded in error; its open obligations go with it. */
    @Transactional
    public void voidAssessment(UUID id, String reason) {
        Assessment assessment = require(id);
        assessment.voidAssessment(reason);
        for (UUID obligation : new UUID[] {assessment.getObligationId(), assessment.getFirstVisitObligationId()}) {
            if (obligation != null && obligations.find(obligation).map(o -> o.state().isOpen()).orElse(false)) {
                obligations.voidObligation(obligation, "Assessment voided: " + reason);
            }
        }
    }

    /**
     * The child was allocated to a worker: every open assessment not yet visited since starts the first-visit
     * clock from the allocation date (a reallocation before the visit restarts it for the new worker).
     */
    @Transactional
    void childAllocated(UUID childId, String worker, LocalDate from) {
        if (worker == null) {
            return;
        }
        for (Assessment assessment : assessments.findByChildIdAndVoidedFalseOrderByReferralDateDescCreatedAtDesc(childId)) {
            if (assessment.getStatus().isOpen() && !seenSince(assessment, from)) {
                allocate(assessment, worker, from);
            }
        }
    }

    private void allocate(Assessment assessment, String worker, LocalDate from) {
        UUID previous = assessment.getFirstVisitObligationId();
        if (previous != null && obligations.find(previous).map(o -> o.state().isOpen()).orElse(false)) {
            obligations.voidObligation(previous, "Reallocated before the child was seen");
        }
        UUID obligation = duties.open(assessment.getChildId(), FIRST_VISIT_RULE, from, "Assessment allocated to " + worker);
        assessment.allocated(worker, from, obligation);
    }

    private boolean seenSince(Assessment assessment, LocalDate from) {
        return visits.findByAssessmentIdAndVoidedFalseOrderByDateDescRecordedAtDesc(assessment.getId()).stream()
                .anyMatch(v -> v.isChildSeen() && !v.getDate().isBefore(from));
    }

    private void closeObligations(Assessment assessment) {
        UUID obligation = assessment.getObligationId();
        if (obligation != null && obligations.find(obligation).map(o -> o.state().isOpen()).orElse(false)) {
            Instant completed = assessment.getCompletedOn().atStartOfDay(Due.LONDON).toInstant();
            obligations.satisfy(obligation, completed, "Assessment completed and authorised");
            if (assessment.getDelayReason() != null
                    && obligations.find(obligation).map(o -> o.delayReason() == null).orElse(false)) {
                obligations.recordDelayReason(obligation, assessment.getDelayReason());
            }
        }
        UUID firstVisit = assessment.getFirstVisitObligationId();
        if (firstVisit != null && obligations.find(firstVisit).map(o -> o.state().isOpen()).orElse(false)) {
            obligations.voidObligation(firstVisit, "Assessment completed without a visit after allocation");
        }
    }

    private List<AssessmentView> byStatus(EnumSet<AssessmentStatus> statuses) {
        return assessments.findByStatusInAndVoidedFalseOrderByReferralDateAsc(statuses).stream()
                .map(Assessment::view).toList();
    }

    private static void requireAuthoriser() {
        if (CurrentUser.get().filter(u -> u.has(Permission.AUTHORISE_ASSESSMENT)).isEmpty()) {
            throw new AccessDeniedException("Only a manager with AUTHORISE_ASSESSMENT authorises assessments");
        }
    }

    private Assessment require(UUID id, long seenVersion) {
        Assessment assessment = require(id);
        if (assessment.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Assessment.class, id);
        }
        return assessment;
    }

    private Assessment require(UUID id) {
        return assessments.findById(id).filter(a -> !a.isVoided())
                .orElseThrow(() -> new NotFoundException("Assessment"));
    }

    private AssessmentView flush(Assessment assessment) {
        return assessments.saveAndFlush(assessment).view();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }
}
