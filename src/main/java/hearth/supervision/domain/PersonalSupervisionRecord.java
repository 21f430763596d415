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

/** A worker's personal supervision: wellbeing, workload, learning and development, reflection, agreed actions. */
@Entity
@Table(name = "personal_supervision")
@KeepsHistory("personal supervision")
public class PersonalSupervisionRecord {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String worker;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private String supervisor;
    @Column(nullable = false)
    private String wellbeing;
    @Column(nullable = false)
    private String workload;
    @Column(nullable = false)
    private String learning;
    @Column(nullable = false)
    private String reflection;
    @Column(name = "agreed_actions")
    private String agreedActions;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected PersonalSupervisionRecord() {
    }

    public PersonalSupervisionRecord(String worker, LocalDate heldOn, String supervisor, String wellbeing,
            String workload, String learning, String reflection, String agreedActions, Instant recordedAt) {
        if (CaseSupervisionRecord.blank(worker) || heldOn == null || CaseSupervisionRecord.blank(supervisor)
                || CaseSupervisionRecord.blank(wellbeing) || CaseSupervisionRecord.blank(workload)
                || CaseSupervisionRecord.blank(learning) || CaseSupervisionRecord.blank(reflection)) {
            throw new IllegalArgumentException("Personal supervision needs the worker, a date, the supervisor, "
                    + "wellbeing, workload, learning and reflection");
        }
        this.id = Ids.next();
        this.worker = worker;
        this.heldOn = heldOn;
        this.supervisor = supervisor;
        this.wellbeing = wellbeing;
        this.workload = workload;
        this.learning = learning;
        this.reflection = reflection;
        this.agreedActions = agreedActions;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getWorker() {
        return worker;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public String getWellbeing() {
        return wellbeing;
    }

    public String getWorkload() {
        return workload;
    }

    public String getLearning() {
        return learning;
    }

    public String getReflection() {
        return reflection;
    }

    public String getAgreedActions() {
        return agreedActions;
    }
}
