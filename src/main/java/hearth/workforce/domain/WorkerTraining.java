package hearth.workforce.domain;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import hearth.workforce.TrainingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A course a worker is booked on, attended or missed. */
@Entity
@Table(name = "worker_training")
@KeepsHistory("worker training")
public class WorkerTraining {

    @Id
    private UUID id;
    @Column(name = "worker_username", nullable = false)
    private String workerUsername;
    @Column(nullable = false)
    private String course;
    @Column(name = "course_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingStatus status;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Version
    private long version;

    protected WorkerTraining() {
    }

    public WorkerTraining(String workerUsername, String course, LocalDate date, TrainingStatus status, String by) {
        this.id = Ids.next();
        this.workerUsername = workerUsername;
        this.course = course;
        this.date = date;
        this.status = status;
        this.recordedBy = by;
    }

    public String getWorkerUsername() {
        return workerUsername;
    }

    public String getCourse() {
        return course;
    }

    public LocalDate getDate() {
        return date;
    }

    public TrainingStatus getStatus() {
        return status;
    }
}
