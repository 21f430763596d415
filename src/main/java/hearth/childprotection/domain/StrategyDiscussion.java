package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.HeldStrategyDiscussion;
import hearth.childprotection.StrategyDiscussionView;
import hearth.childprotection.StrategyKind;
import hearth.childprotection.StrategyTrigger;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A strategy discussion or meeting: needed from the moment there is reasonable cause to suspect significant harm,
 * then held once, with who took part, what was shared and decided, and whether a section 47 enquiry starts.
 */
@Entity
@Table(name = "cp_strategy_discussion")
@KeepsHistory("strategy discussion")
public class StrategyDiscussion {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private StrategyTrigger trigger;
    @Column(name = "source_id")
    private UUID sourceId;
    @Column(name = "referral_id")
    private UUID referralId;
    @Column(nullable = false)
    private String concern;
    @Column(name = "concern_at", nullable = false)
    private Instant concernAt;
    @Column(nullable = false)
    private String status;
    @Enumerated(EnumType.STRING)
    private StrategyKind kind;
    @Column(name = "held_at")
    private Instant heldAt;
    @Embedded
    private Attendees attendees;
    @Column(name = "information_shared")
    private String informationShared;
    private String decisions;
    private Boolean section47;
    @Column(name = "outcome_reason")
    private String outcomeReason;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "held_recorded_by")
    private String heldRecordedBy;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected StrategyDiscussion() {
    }

    public StrategyDiscussion(UUID childId, StrategyTrigger trigger, UUID sourceId, String concern, Instant concernAt,
            String recordedBy, Instant recordedAt) {
        if (concernAt == null || concernAt.isAfter(recordedAt)) {
            throw new IllegalArgumentException("The concern cannot arise in the future");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.trigger = trigger;
        this.sourceId = sourceId;
        this.concern = Text.required(concern, "The concern");
        this.concernAt = concernAt;
        this.status = "NEEDED";
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** NEEDED to HELD, once; not before the concern arose nor in the future. */
    public void held(HeldStrategyDiscussion held, String by, Instant now) {
        if (voided) {
            throw new IllegalStateException("A voided strategy discussion cannot be held");
        }
        if (isHeld()) {
            throw new IllegalStateException("This strategy discussion is already recorded as held");
        }
        if (held.heldAt() == null || held.heldAt().isBefore(concernAt)) {
            throw new IllegalArgumentException("A strategy discussion cannot be held before the concern arose");
        }
        if (held.heldAt().isAfter(now)) {
            throw new IllegalArgumentException("A strategy discussion cannot be held in the future");
        }
        if (held.kind() == null) {
            throw new IllegalArgumentException("Say whether it was a discussion or a meeting");
        }
        this.attendees = Attendees.of(held.attendance());
        this.informationShared = Text.required(held.informationShared(), "The information shared");
        this.decisions = Text.required(held.decisions(), "The decisions");
        this.outcomeReason = Text.required(held.outcomeReason(), "The reason for the outcome");
        this.kind = held.kind();
        this.heldAt = held.heldAt();
        this.section47 = held.section47();
        this.status = "HELD";
        this.heldRecordedBy = by;
    }

    public void voidDiscussion(String reason) {
        if (voided) {
            throw new IllegalStateException("Already voided");
        }
        this.voidReason = Text.required(reason, "A reason");
        this.voided = true;
    }

    public void openedObligation(UUID obligationId) {
        this.obligationId = obligationId;
    }

    public void madeReferral(UUID referralId) {
        this.referralId = referralId;
    }

    public boolean isHeld() {
        return "HELD".equals(status);
    }

    public StrategyDiscussionView view() {
        return new StrategyDiscussionView(id, childId, trigger, sourceId, referralId, concern, concernAt, isHeld(),
                kind, heldAt, attendees == null ? null : attendees.view(), informationShared, decisions, section47,
                outcomeReason, obligationId, recordedBy, version);
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

    public UUID getReferralId() {
        return referralId;
    }

    public StrategyTrigger getTrigger() {
        return trigger;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
