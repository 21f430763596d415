package hearth.assessment.domain;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentStatus;
import hearth.assessment.AssessmentView;
import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A child and family assessment answering one referral. Started by the worker on a date not before the
 * referral, visited, factors identified, completed with an outcome and submitted; authorised by a manager who
 * is not its author, or returned to the worker with a reason. Nothing is deleted: voided with a reason.
 */
@Entity
@Table(name = "assessment")
@KeepsHistory("assessment")
public class Assessment {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "referral_id", nullable = false)
    private UUID referralId;
    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "started_by")
    private String startedBy;
    private String factors;
    @Enumerated(EnumType.STRING)
    private AssessmentOutcome outcome;
    private String analysis;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "delay_reason")
    private String delayReason;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "authorised_by")
    private String authorisedBy;
    @Column(name = "authorised_at")
    private Instant authorisedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "returned_by")
    private String returnedBy;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "allocated_to")
    private String allocatedTo;
    @Column(name = "allocated_on")
    private LocalDate allocatedOn;
    @Column(name = "first_visit_obligation_id")
    private UUID firstVisitObligationId;
    @Column(name = "first_visit_on")
    private LocalDate firstVisitOn;
    @Column(name = "first_visit_days_late")
    private Integer firstVisitDaysLate;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(UUID childId, UUID referralId, LocalDate referralDate, Instant createdAt) {
        this.id = Ids.next();
        this.childId = childId;
        this.referralId = referralId;
        this.referralDate = referralDate;
        this.status = AssessmentStatus.NOT_STARTED;
        this.createdAt = createdAt;
    }

    /** NOT_STARTED to IN_PROGRESS on the actual start date: not before the referral (rule 1103), not in the future. */
    public void start(LocalDate date, LocalDate today, String by) {
        requireNotVoided();
        if (status != AssessmentStatus.NOT_STARTED) {
            throw new IllegalStateException("The assessment has already started");
        }
        if (date == null) {
            throw new IllegalArgumentException("An assessment needs its actual start date");
        }
        if (date.isBefore(referralDate)) {
            throw new IllegalArgumentException("An assessment cannot start before the referral date");
        }
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("An assessment cannot start in the future");
        }
        this.startDate = date;
        this.startedBy = by;
        this.status = AssessmentStatus.IN_PROGRESS;
    }

    /** Visits are recorded while the assessment is in progress, dated from the referral to today. */
    public void checkVisit(LocalDate date, LocalDate today) {
        requireInProgress("Visits are recorded on a started assessment that is not yet submitted");
        if (date == null || date.isBefore(referralDate)) {
            throw new IllegalArgumentException("A visit for this assessment cannot be before the referral date");
        }
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("A visit cannot be in the future");
        }
    }

    /** The factors identified: at least one, no duplicates (8898), 21 alone (8869), no deprecated 18A/19A. */
    public void recordFactors(Collection<AssessmentFactor> chosen) {
        requireInProgress("Factors are recorded on a started assessment that is not yet submitted");
        if (chosen == null || chosen.isEmpty()) {
            throw new IllegalArgumentException("Choose the factors identified, or 21 No factors identified");
        }
        Set<AssessmentFactor> distinct = EnumSet.copyOf(chosen);
        if (distinct.size() != chosen.size()) {
            throw new IllegalArgumentException("A factor can be recorded only once (rule 8898)");
        }
        if (distinct.contains(AssessmentFactor.NO_FACTORS) && distinct.size() > 1) {
            throw new IllegalArgumentException("21 No factors identified cannot be combined with other factors (rule 8869)");
        }
        if (distinct.stream().anyMatch(AssessmentFactor::deprecated)) {
            throw new IllegalArgumentException("18A and 19A are no longer used: choose 18B/18C or 19B/19C");
        }
        this.factors = distinct.stream().map(AssessmentFactor::code).collect(Collectors.joining(","));
    }

    /**
     * Completes the assessment and submits it for authorisation; the submitter is its author. Needs the factors
     * (a completed assessment carries them: rules 8614 and 8897Q), an outcome and analysis, a completion date
     * not before the start (8608) nor in the future, and a delay reason when completed after {@code dueDate}.
     */
    public void submit(AssessmentOutcome outcome, String analysis, LocalDate completedOn, String delayReason,
            LocalDate dueDate, LocalDate today, String by, Instant at) {
        requireInProgress("Only a started assessment that is not yet submitted can be submitted");
        if (factors == null || factors.isEmpty()) {
            throw new IllegalStateException("Record the factors identified before completing the assessment");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("A completed assessment needs an outcome");
        }
        if (analysis == null || analysis.isBlank()) {
            throw new IllegalArgumentException("A completed assessment needs the analysis");
        }
        if (completedOn == null || completedOn.isBefore(startDate)) {
            throw new IllegalArgumentException("An assessment cannot be completed before it started");
        }
        if (completedOn.isAfter(today)) {
            throw new IllegalArgumentException("An assessment cannot be completed in the future");
        }
        boolean late = dueDate != null && completedOn.isAfter(dueDate);
        if (late && (delayReason == null || delayReason.isBlank())) {
            throw new IllegalArgumentException("Completed after 45 working days: a reason for the delay is needed");
        }
        this.outcome = outcome;
        this.analysis = analysis;
        this.completedOn = completedOn;
        this.delayReason = late ? delayReason : null;
        this.submittedBy = by;
        this.submittedAt = at;
        this.status = AssessmentStatus.AWAITING_AUTHORISATION;
    }

    /** A manager who is not the author authorises the submitted assessment. */
    public void authorise(String by, Instant at) {
        requireAwaitingAuthorisation();
        requireNotAuthor(by, "authorise");
        this.authorisedBy = by;
        this.authorisedAt = at;
        this.status = AssessmentStatus.AUTHORISED;
    }

    /** A manager who is not the author sends the assessment back to the worker with a reason. */
    public void returnToWorker(String reason, String by, Instant at) {
        requireAwaitingAuthorisation();
        requireNotAuthor(by, "return");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Returning an assessment needs a reason");
        }
        this.returnReason = reason;
        this.returnedBy = by;
        this.returnedAt = at;
        this.status = AssessmentStatus.IN_PROGRESS;
    }

    /** Allocated to a worker while open and not visited since: the first-visit clock runs from {@code on}. */
    public void allocated(String worker, LocalDate on, UUID firstVisitObligation) {
        requireNotVoided();
        if (!status.isOpen()) {
            throw new IllegalStateException("An authorised assessment is not allocated");
        }
        this.allocatedTo = worker;
        this.allocatedOn = on;
        this.firstVisitObligationId = firstVisitObligation;
        this.firstVisitOn = null;
        this.firstVisitDaysLate = null;
    }

    /** Whether a visit on this date, with the child seen or not, is the first visit after allocation. */
    public boolean isFirstVisitAfterAllocation(LocalDate date, boolean childSeen) {
        return childSeen && allocatedOn != null && firstVisitOn == null && !date.isBefore(allocatedOn);
    }

    public void firstVisit(LocalDate date, int daysLate) {
        this.firstVisitOn = date;
        this.firstVisitDaysLate = daysLate;
    }

    public void openedObligation(UUID obligation) {
        this.obligationId = obligation;
    }

    public void voidAssessment(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Voiding needs a reason");
        }
        requireNotVoided();
        this.voided = true;
        this.voidReason = reason;
    }

    public List<AssessmentFactor> factorList() {
        if (factors == null || factors.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(factors.split(",")).map(c -> AssessmentFactor.ofCode(c).orElseThrow()).toList();
    }

    public AssessmentView view() {
        return new AssessmentView(id, childId, referralId, referralDate, status, startDate, startedBy, factorList(),
                outcome, analysis, completedOn, delayReason, submittedBy, submittedAt, authorisedBy, authorisedAt,
                returnReason, returnedBy, returnedAt, obligationId, allocatedTo, allocatedOn, firstVisitObligationId,
                firstVisitOn, firstVisitDaysLate, version);
    }

    private void requireInProgress(String message) {
        requireNotVoided();
        if (status != AssessmentStatus.IN_PROGRESS) {
            throw new IllegalStateException(message);
        }
    }

    private void requireAwaitingAuthorisation() {
        requireNotVoided();
        if (status != AssessmentStatus.AWAITING_AUTHORISATION) {
            throw new IllegalStateException("The assessment is not awaiting authorisation");
        }
    }

    private void requireNotAuthor(String by, String what) {
        if (by == null || by.equals(submittedBy)) {
            throw new IllegalStateException("The author of an assessment cannot " + what + " it");
        }
    }

    private void requireNotVoided() {
        if (voided) {
            throw new IllegalStateException("The assessment is voided");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public UUID getReferralId() {
        return referralId;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public UUID getObligationId() {
        return obligationId;
    }

    public UUID getFirstVisitObligationId() {
        return firstVisitObligationId;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getDelayReason() {
        return delayReason;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
