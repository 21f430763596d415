package hearth.frontdoor.domain;

import hearth.audit.KeepsHistory;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactStatus;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact about one child received at the front door. It waits for a manager's threshold decision;
 * once decided it stays decided. A contact recorded in error is voided with a reason, never deleted.
 */
@Entity
@Table(name = "contact")
@KeepsHistory("contact")
public class Contact {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralSource source;
    @Column(name = "referrer_name", nullable = false)
    private String referrerName;
    @Column(name = "referrer_contact", nullable = false)
    private String referrerContact;
    @Column(nullable = false)
    private String concern;
    @Column(name = "consent_sought", nullable = false)
    private boolean consentSought;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Consent consent;
    @Column(name = "consent_overridden", nullable = false)
    private boolean consentOverridden;
    @Column(name = "consent_rationale")
    private String consentRationale;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskRating risk;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactStatus status;
    @Enumerated(EnumType.STRING)
    private ThresholdDecision decision;
    @Column(name = "decision_rationale")
    private String decisionRationale;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "group_id")
    private UUID groupId;
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

    protected Contact() {
    }

    public Contact(NewContact c, String recordedBy, Instant recordedAt) {
        if (c.consentOverridden() && (c.consentRationale() == null || c.consentRationale().isBlank())) {
            throw new IllegalArgumentException("Overriding consent needs a rationale");
        }
        if (c.consentOverridden() && c.consent() == Consent.GIVEN) {
            throw new IllegalArgumentException("Consent given cannot be overridden");
        }
        this.id = Ids.next();
        this.childId = c.childId();
        this.receivedAt = c.receivedAt();
        this.source = c.source();
        this.referrerName = c.referrerName();
        this.referrerContact = c.referrerContact();
        this.concern = c.concern();
        this.consentSought = c.consentSought();
        this.consent = c.consent();
        this.consentOverridden = c.consentOverridden();
        this.consentRationale = c.consentOverridden() ? c.consentRationale() : null;
        this.risk = c.risk();
        this.status = ContactStatus.AWAITING_DECISION;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** AWAITING_DECISION to DECIDED, once. */
    public void decide(ThresholdDecision decision, String rationale, String by, Instant at) {
        if (voided) {
            throw new IllegalStateException("A voided contact cannot be decided");
        }
        if (status != ContactStatus.AWAITING_DECISION) {
            throw new IllegalStateException("The contact is already decided");
        }
        if (decision == null || rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("A decision needs a rationale");
        }
        this.status = ContactStatus.DECIDED;
        this.decision = decision;
        this.decisionRationale = rationale;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void voidContact(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Voiding needs a reason");
        }
        if (voided) {
            throw new IllegalStateException("The contact is already voided");
        }
        this.voided = true;
        this.voidReason = reason;
    }

    /** Marks the contact as one of several about siblings recorded together. */
    public void recordedTogether(UUID groupId) {
        this.groupId = groupId;
    }

    public void openedObligation(UUID obligationId) {
        this.obligationId = obligationId;
    }

    public ContactView view() {
        return new ContactView(id, childId, receivedAt, source, referrerName, referrerContact, concern, consentSought,
                consent, consentOverridden, consentRationale, risk, status, decision, decisionRationale, decidedBy,
                decidedAt, recordedBy, groupId, version);
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

    public ReferralSource getSource() {
        return source;
    }

    public ContactStatus getStatus() {
        return status;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
