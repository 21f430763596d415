package hearth.court.domain;

import static hearth.court.domain.Guards.check;

import hearth.audit.KeepsHistory;
import hearth.court.OrderType;
import hearth.court.OrderView;
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

/** An order made in care proceedings; in force from the day made up to, not including, the day it ended. */
@Entity
@Table(name = "court_order")
@KeepsHistory("court order")
public class CourtOrder {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(name = "proceedings_id", nullable = false)
    private UUID proceedingsId;
    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false)
    private OrderType type;
    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "end_reason")
    private String endReason;
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

    protected CourtOrder() {
    }

    /** Call {@link CareProceedings#checkEvent} first. */
    public CourtOrder(UUID childId, UUID proceedingsId, OrderType type, LocalDate madeOn, String recordedBy,
            Instant recordedAt) {
        if (type == null) {
            throw new IllegalArgumentException("An order needs a type");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.proceedingsId = proceedingsId;
        this.type = type;
        this.madeOn = madeOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Ends once, on or after the day it was made. */
    public void end(LocalDate date, String reason, LocalDate today) {
        check(!voided, "orderVoided", "This order was recorded in error");
        check(endedOn == null, "orderEnded", "This order has already ended");
        Guards.notFuture(date, today, "The end of an order");
        check(!date.isBefore(madeOn), "orderEndsBeforeMade", "An order cannot end before it was made");
        this.endedOn = date;
        this.endReason = Guards.required(reason, 500, "Reason");
    }

    public void voidOrder(String reason) {
        check(!voided, "orderVoided", "This order was recorded in error");
        this.voided = true;
        this.voidReason = Guards.required(reason, 1000, "Reason");
    }

    public boolean inForceOn(LocalDate date) {
        return !voided && !madeOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }

    public OrderView view() {
        return new OrderView(id, childId, proceedingsId, type, madeOn, endedOn, endReason, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public OrderType getType() {
        return type;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public long getVersion() {
        return version;
    }

    public boolean isVoided() {
        return voided;
    }

    public UUID getProceedingsId() {
        return proceedingsId;
    }
}
