package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A core group meeting of a child protection plan. */
@Entity
@Table(name = "cp_core_group")
@KeepsHistory("core group")
public class CoreGroup {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Embedded
    private Attendees attendees;
    private String notes;
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

    protected CoreGroup() {
    }

    public CoreGroup(UUID planId, UUID childId, LocalDate heldOn, Attendees attendees, String notes,
            String recordedBy, Instant recordedAt) {
        this.id = Ids.next();
        this.planId = planId;
        this.childId = childId;
        this.heldOn = heldOn;
        this.attendees = attendees;
        this.notes = Text.optional(notes);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Attendees getAttendees() {
        return attendees;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public boolean isVoided() {
        return voided;
    }
}
