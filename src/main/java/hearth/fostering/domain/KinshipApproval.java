package hearth.fostering.domain;

import hearth.audit.KeepsHistory;
import hearth.fostering.FosteringRuleBroken;
import hearth.fostering.KinshipApprovalView;
import hearth.fostering.KinshipOutcome;
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
 * A connected person's temporary approval as foster carer for a named child (Care Planning regs reg 24): up to 16
 * weeks, extended at most once by up to 8 weeks by a nominated officer (reg 25), ending with the full assessment's
 * decision or the child moving.
 */
@Entity
@Table(name = "fostering_kinship_approval")
@KeepsHistory("connected person approval")
public class KinshipApproval {

    public static final int WEEKS = 16;
    public static final int MAX_EXTENSION_WEEKS = 8;

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "carer_name", nullable = false)
    private String carerName;
    @Column(nullable = false)
    private String relationship;
    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;
    @Column(name = "original_expires_on", nullable = false)
    private LocalDate originalExpiresOn;
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;
    @Column(name = "extended_on")
    private LocalDate extendedOn;
    @Column(name = "extension_weeks")
    private Integer extensionWeeks;
    @Column(name = "extension_reason")
    private String extensionReason;
    @Column(name = "nominated_officer")
    private String nominatedOfficer;
    @Enumerated(EnumType.STRING)
    private KinshipOutcome outcome;
    @Column(name = "outcome_on")
    private LocalDate outcomeOn;
    @Column(name = "outcome_notes")
    private String outcomeNotes;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected KinshipApproval() {
    }

    public KinshipApproval(UUID childId, String carerName, String relationship, LocalDate approvedOn, LocalDate today,
            String recordedBy, Instant recordedAt) {
        FosteringChecks.notFuture(approvedOn, today, "The temporary approval");
        this.id = Ids.next();
        this.childId = childId;
        this.carerName = FosteringChecks.required(carerName, 200, "The connected person's name");
        this.relationship = FosteringChecks.required(relationship, 200, "The relationship");
        this.approvedOn = approvedOn;
        this.originalExpiresOn = approvedOn.plusWeeks(WEEKS);
        this.expiresOn = originalExpiresOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The one extension reg 25 allows, decided by a nominated officer before the approval runs out. */
    public void extend(LocalDate on, int weeks, String reason, String officer, LocalDate today) {
        FosteringChecks.check(outcome == null, "decided", "The approval has already ended");
        FosteringChecks.check(extendedOn == null, "onlyOneExtension", "A temporary approval can be extended only once");
        FosteringChecks.notFuture(on, today, "The extension");
        FosteringChecks.check(!on.isBefore(approvedOn), "extensionBeforeApproval", "The extension is before the approval");
        FosteringChecks.check(!on.isAfter(expiresOn), "extensionAfterExpiry",
                "The approval ran out before the extension was decided");
        FosteringChecks.check(weeks >= 1 && weeks <= MAX_EXTENSION_WEEKS, "extensionWeeks", "An extension is 1 to 8 weeks");
        this.extensionReason = FosteringChecks.required(reason, 2000, "The reason");
        this.nominatedOfficer = FosteringChecks.required(officer, 200, "The nominated officer");
        this.extendedOn = on;
        this.extensionWeeks = weeks;
        this.expiresOn = originalExpiresOn.plusWeeks(weeks);
    }

    public void decide(KinshipOutcome outcome, LocalDate on, String notes, LocalDate today) {
        FosteringChecks.check(this.outcome == null, "decided", "The approval has already ended");
        FosteringChecks.check(outcome != null, "outcomeMissing", "Say what happened");
        FosteringChecks.notFuture(on, today, "The outcome");
        FosteringChecks.check(!on.isBefore(approvedOn), "outcomeBeforeApproval", "The outcome is before the approval");
        this.outcome = outcome;
        this.outcomeOn = on;
        this.outcomeNotes = FosteringChecks.optional(notes, 2000, "The notes");
    }

    public void obligation(UUID obligationId) {
        this.obligationId = obligationId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public UUID getObligationId() {
        return obligationId;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }

    public KinshipApprovalView view() {
        return new KinshipApprovalView(id, childId, carerName, relationship, approvedOn, originalExpiresOn, expiresOn,
                extendedOn, extensionWeeks, extensionReason, nominatedOfficer, outcome, outcomeOn, outcomeNotes,
                version);
    }
}
