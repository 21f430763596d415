package hearth.carehealth.domain;

import hearth.audit.KeepsHistory;
import hearth.carehealth.CareHealthKind;
import hearth.carehealth.CareHealthOutcome;
import hearth.carehealth.CareHealthRecordView;
import hearth.carehealth.NewCareHealthRecord;
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
 * One health, education or advocacy record for a looked after child. Records are never changed: one made in error
 * is voided with a reason and kept, so the history stays whole.
 */
@Entity
@Table(name = "care_health_entry")
@KeepsHistory("health and education record")
public class CareHealthEntry {

    public static final int MAX_SCORE = 40;

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CareHealthKind kind;
    @Column(name = "entry_date", nullable = false)
    private LocalDate date;
    @Column(name = "by_whom", nullable = false)
    private String byWhom;
    private Integer score;
    @Enumerated(EnumType.STRING)
    private CareHealthOutcome outcome;
    private String detail;
    @Column(name = "intervention_offered")
    private Boolean interventionOffered;
    @Column(name = "intervention_received")
    private Boolean interventionReceived;
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

    protected CareHealthEntry() {
    }

    public CareHealthEntry(UUID childId, NewCareHealthRecord r, String recordedBy, Instant recordedAt) {
        CareHealthKind kind = r.kind();
        if (kind == null || r.date() == null || r.byWhom() == null || r.byWhom().isBlank()) {
            throw new IllegalArgumentException("carehealth.error.incomplete");
        }
        if (kind.takesScore() != (r.score() != null)
                || (r.score() != null && (r.score() < 0 || r.score() > MAX_SCORE))) {
            throw new IllegalArgumentException("carehealth.error.score");
        }
        if (kind.outcomes().isEmpty() ? r.outcome() != null : !kind.outcomes().contains(r.outcome())) {
            throw new IllegalArgumentException("carehealth.error.outcome");
        }
        if (kind.needsDetail() && (r.detail() == null || r.detail().isBlank())) {
            throw new IllegalArgumentException("carehealth.error.detail");
        }
        boolean identified = r.outcome() == CareHealthOutcome.IDENTIFIED;
        if (identified != (r.interventionOffered() != null) || identified != (r.interventionReceived() != null)) {
            throw new IllegalArgumentException("carehealth.error.intervention");
        }
        if (identified && r.interventionReceived() && !r.interventionOffered()) {
            throw new IllegalArgumentException("carehealth.error.receivedNotOffered");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.kind = kind;
        this.date = r.date();
        this.byWhom = r.byWhom().strip();
        this.score = r.score();
        this.outcome = r.outcome();
        this.detail = r.detail() == null || r.detail().isBlank() ? null : r.detail().strip();
        this.interventionOffered = r.interventionOffered();
        this.interventionReceived = r.interventionReceived();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Voids the record with a reason; a record already voided cannot be voided again. */
    public void voidWith(String reason) {
        if (voided) {
            throw new IllegalStateException("carehealth.error.alreadyVoided");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("carehealth.error.voidReason");
        }
        this.voided = true;
        this.voidReason = reason.strip();
    }

    public CareHealthRecordView view() {
        return new CareHealthRecordView(id, childId, kind, date, byWhom, score, outcome, detail, interventionOffered,
                interventionReceived, recordedBy, recordedAt, voided, voidReason, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public CareHealthKind getKind() {
        return kind;
    }

    public long getVersion() {
        return version;
    }
}
