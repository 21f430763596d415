package hearth.supervision.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A manager's oversight on a child's record: the direction given, why, and when the manager will look again. */
@Entity
@Table(name = "management_oversight")
@KeepsHistory("management oversight")
public class OversightEntry {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;
    @Column(nullable = false)
    private String manager;
    @Column(nullable = false)
    private String direction;
    @Column(nullable = false)
    private String rationale;
    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected OversightEntry() {
    }

    public OversightEntry(UUID childId, LocalDate recordedOn, String manager, String direction, String rationale,
            LocalDate nextReviewOn, Instant recordedAt) {
        if (childId == null || recordedOn == null || CaseSupervisionRecord.blank(manager)
                || CaseSupervisionRecord.blank(direction) || CaseSupervisionRecord.blank(rationale)
                || nextReviewOn == null || nextReviewOn.isBefore(recordedOn)) {
            throw new IllegalArgumentException("Oversight needs a date, the manager, direction, rationale and a "
                    + "next review on or after it");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.recordedOn = recordedOn;
        this.manager = manager;
        this.direction = direction;
        this.rationale = rationale;
        this.nextReviewOn = nextReviewOn;
        this.recordedAt = recordedAt;
    }

    public void tracked(UUID obligation) {
        this.obligationId = obligation;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getManager() {
        return manager;
    }

    public String getDirection() {
        return direction;
    }

    public String getRationale() {
        return rationale;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }
}
