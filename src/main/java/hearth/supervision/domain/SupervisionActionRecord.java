package hearth.supervision.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed in case supervision: what, who and by when; done once, never undone. */
@Entity
@Table(name = "supervision_action")
@KeepsHistory("case supervision action")
public class SupervisionActionRecord {

    @Id
    private UUID id;
    @Column(name = "case_supervision_id", nullable = false)
    private UUID supervisionId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String owner;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected SupervisionActionRecord() {
    }

    public SupervisionActionRecord(UUID supervisionId, UUID childId, String description, String owner,
            LocalDate dueOn) {
        if (CaseSupervisionRecord.blank(description) || CaseSupervisionRecord.blank(owner) || dueOn == null) {
            throw new IllegalArgumentException("An action needs what, who and by when");
        }
        this.id = Ids.next();
        this.supervisionId = supervisionId;
        this.childId = childId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public void tracked(UUID obligation) {
        this.obligationId = obligation;
    }

    /** Records the action as done; refuses a second time. */
    public void complete(LocalDate on, String by) {
        if (completedOn != null) {
            throw new IllegalStateException("This action is already done");
        }
        this.completedOn = on;
        this.completedBy = by;
    }

    public UUID getId() {
        return id;
    }

    public UUID getSupervisionId() {
        return supervisionId;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public UUID getObligationId() {
        return obligationId;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public long getVersion() {
        return version;
    }
}
