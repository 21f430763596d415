package hearth.workforce.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import hearth.workforce.AbsenceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A period a worker was away (to is null while still away). Voided with a reason, never deleted. */
@Entity
@Table(name = "worker_absence")
@KeepsHistory("worker absence")
public class WorkerAbsence {

    @Id
    private UUID id;
    @Column(name = "worker_username", nullable = false)
    private String workerUsername;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AbsenceKind kind;
    @Column(name = "from_date", nullable = false)
    private LocalDate from;
    @Column(name = "to_date")
    private LocalDate to;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "voided_reason")
    private String voidedReason;
    @Version
    private long version;

    protected WorkerAbsence() {
    }

    public WorkerAbsence(String workerUsername, AbsenceKind kind, LocalDate from, LocalDate to, String recordedBy) {
        this.id = Ids.next();
        this.workerUsername = workerUsername;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.recordedBy = recordedBy;
    }

    public void voidWith(String reason) {
        this.voidedReason = reason;
    }

    public UUID getId() {
        return id;
    }

    public String getWorkerUsername() {
        return workerUsername;
    }

    public AbsenceKind getKind() {
        return kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getVoidedReason() {
        return voidedReason;
    }
}
