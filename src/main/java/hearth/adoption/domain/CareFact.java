package hearth.adoption.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** One period of care as adoption needs it: when it began, the first placement for adoption, when it ended. */
@Entity
@Table(name = "adoption_care_fact")
public class CareFact {

    @Id
    @Column(name = "period_id")
    private UUID periodId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "entered_care_on", nullable = false)
    private LocalDate enteredCareOn;
    @Column(name = "placed_for_adoption_on")
    private LocalDate placedForAdoptionOn;
    @Column(name = "ceased_on")
    private LocalDate ceasedOn;
    @Column(name = "reason_ceased")
    private String reasonCeased;
    @Version
    private long version;

    protected CareFact() {
    }

    public CareFact(UUID periodId, UUID childId, LocalDate enteredCareOn) {
        this.periodId = periodId;
        this.childId = childId;
        this.enteredCareOn = enteredCareOn;
    }

    /** Keeps the first placement for adoption in the period. */
    public void placedForAdoption(LocalDate on) {
        if (placedForAdoptionOn == null || on.isBefore(placedForAdoptionOn)) {
            placedForAdoptionOn = on;
        }
    }

    public void ceased(LocalDate on, String reason) {
        this.ceasedOn = on;
        this.reasonCeased = reason;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getEnteredCareOn() {
        return enteredCareOn;
    }

    public LocalDate getPlacedForAdoptionOn() {
        return placedForAdoptionOn;
    }

    public LocalDate getCeasedOn() {
        return ceasedOn;
    }

    public String getReasonCeased() {
        return reasonCeased;
    }
}
