package hearth.carehealth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * This context's own copy of a period of care, kept from the children in care events: who is looked after, since
 * when, where they live now, and when the period ended.
 */
@Entity
@Table(name = "care_health_period")
public class CarePeriodSeen {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "placed_with")
    private String placedWith;
    @Column(name = "placed_on")
    private LocalDate placedOn;
    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;
    @Version
    private long version;

    protected CarePeriodSeen() {
    }

    public CarePeriodSeen(UUID periodId, UUID childId, LocalDate startDate, Instant seenAt) {
        this.id = periodId;
        this.childId = childId;
        this.startDate = startDate;
        this.seenAt = seenAt;
    }

    public void placed(String carer, LocalDate on) {
        this.placedWith = carer;
        this.placedOn = on;
    }

    public void ended(LocalDate on) {
        if (endDate != null) {
            throw new IllegalStateException("carehealth.error.periodEnded");
        }
        this.endDate = on;
    }

    public boolean isOpen() {
        return endDate == null;
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

    public String getPlacedWith() {
        return placedWith;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }
}
