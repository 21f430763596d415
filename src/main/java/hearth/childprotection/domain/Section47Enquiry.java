package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.EnquiryFindings;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.EnquiryStatus;
import hearth.childprotection.EnquiryView;
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
import java.util.UUID;

/**
 * A section 47 enquiry, started on the date of the strategy discussion that initiated it. Its outcome is recorded
 * by a worker and authorised by a manager who did not record it.
 */
@Entity
@Table(name = "cp_enquiry")
@KeepsHistory("section 47 enquiry")
public class Section47Enquiry {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "strategy_discussion_id", nullable = false)
    private UUID strategyDiscussionId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnquiryStatus status;
    @Column(name = "child_seen")
    private Boolean childSeen;
    @Column(name = "seen_alone")
    private Boolean seenAlone;
    @Column(name = "seen_on")
    private LocalDate seenOn;
    private String findings;
    @Enumerated(EnumType.STRING)
    private EnquiryOutcome outcome;
    @Column(name = "outcome_reason")
    private String outcomeReason;
    @Column(name = "outcome_by")
    private String outcomeBy;
    @Column(name = "outcome_at")
    private Instant outcomeAt;
    @Column(name = "authorised_by")
    private String authorisedBy;
    @Column(name = "authorised_at")
    private Instant authorisedAt;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected Section47Enquiry() {
    }

    public Section47Enquiry(UUID childId, UUID strategyDiscussionId, LocalDate startDate) {
        this.id = Ids.next();
        this.childId = childId;
        this.strategyDiscussionId = strategyDiscussionId;
        this.startDate = startDate;
        this.status = EnquiryStatus.OPEN;
    }

    /** OPEN (or sent back) to AWAITING_AUTHORISATION. */
    public void outcome(EnquiryFindings f, String by, Instant now, LocalDate today) {
        if (status == EnquiryStatus.AUTHORISED) {
            throw new IllegalStateException("The enquiry's outcome is already authorised");
        }
        if (f.outcome() == null) {
            throw new IllegalArgumentException("An outcome is needed");
        }
        if (f.outcome().needsReason()) {
            Text.required(f.outcomeReason(), "The reason no conference is needed");
        }
        if (f.seenAlone() && !f.childSeen()) {
            throw new IllegalArgumentException("A child not seen cannot have been seen alone");
        }
        if (f.childSeen() && (f.seenOn() == null || f.seenOn().isBefore(startDate) || f.seenOn().isAfter(today))) {
            throw new IllegalArgumentException("The child was seen between the start of the enquiry and today");
        }
        this.childSeen = f.childSeen();
        this.seenAlone = f.seenAlone();
        this.seenOn = f.childSeen() ? f.seenOn() : null;
        this.findings = Text.required(f.findings(), "The findings");
        this.outcome = f.outcome();
        this.outcomeReason = Text.optional(f.outcomeReason());
        this.outcomeBy = by;
        this.outcomeAt = now;
        this.status = EnquiryStatus.AWAITING_AUTHORISATION;
    }

    /** AWAITING_AUTHORISATION to AUTHORISED, by a manager who did not record the outcome. */
    public void authorise(String by, Instant now) {
        if (status != EnquiryStatus.AWAITING_AUTHORISATION) {
            throw new IllegalStateException("Only an outcome awaiting authorisation can be authorised");
        }
        if (by.equals(outcomeBy)) {
            throw new IllegalStateException("A manager cannot authorise an outcome they recorded");
        }
        this.authorisedBy = by;
        this.authorisedAt = now;
        this.status = EnquiryStatus.AUTHORISED;
    }

    public void openedObligation(UUID obligationId) {
        this.obligationId = obligationId;
    }

    public EnquiryView view() {
        return new EnquiryView(id, childId, strategyDiscussionId, startDate, status, childSeen, seenAlone, seenOn,
                findings, outcome, outcomeReason, outcomeBy, authorisedBy, authorisedAt, obligationId, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public UUID getObligationId() {
        return obligationId;
    }

    public EnquiryStatus getStatus() {
        return status;
    }

    public EnquiryOutcome getOutcome() {
        return outcome;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
