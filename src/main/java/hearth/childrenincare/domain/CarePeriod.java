package hearth.childrenincare.domain;

import hearth.audit.KeepsHistory;
import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CategoryOfNeed;
import hearth.childrenincare.ReasonCeased;
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
 * A period of care: the child became looked after on the start date and stays so until ceasing. Every fact recorded
 * in the period (placement, legal status change) counts as a change, so two workers recording on the same version are
 * told one of them was first.
 */
@Entity
@Table(name = "cic_period")
@KeepsHistory("period of care")
public class CarePeriod {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "category_of_need", nullable = false)
    private CategoryOfNeed categoryOfNeed;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_ceased")
    private ReasonCeased reasonCeased;
    @Column(name = "fact_count", nullable = false)
    private int factCount;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected CarePeriod() {
    }

    public CarePeriod(UUID childId, LocalDate startDate, CategoryOfNeed categoryOfNeed, String recordedBy,
            Instant recordedAt) {
        if (startDate == null || categoryOfNeed == null) {
            throw new IllegalArgumentException("A period of care needs a start date and a category of need");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.startDate = startDate;
        this.categoryOfNeed = categoryOfNeed;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void requireOpen() {
        if (endDate != null) {
            throw new IllegalStateException("childrenincare.error.ceased");
        }
    }

    /** A fact was added to the period (marks the period changed for optimistic locking). */
    public void factRecorded() {
        requireOpen();
        factCount++;
    }

    public void cease(LocalDate on, ReasonCeased reason) {
        requireOpen();
        if (on == null || reason == null) {
            throw new IllegalArgumentException("Ceasing needs a date and a reason");
        }
        if (on.isBefore(startDate)) {
            throw new IllegalStateException("childrenincare.error.beforeStart");
        }
        this.endDate = on;
        this.reasonCeased = reason;
        factCount++;
    }

    public CarePeriodView view() {
        return new CarePeriodView(id, childId, startDate, categoryOfNeed, endDate, reasonCeased, recordedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public long getVersion() {
        return version;
    }
}
