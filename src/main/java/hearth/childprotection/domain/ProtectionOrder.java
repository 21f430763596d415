package hearth.childprotection.domain;

import hearth.audit.KeepsHistory;
import hearth.childprotection.NewProtectionOrder;
import hearth.childprotection.ProtectionOrderKind;
import hearth.childprotection.ProtectionOrderView;
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

/** An emergency protection order or police protection, from its start to its end. */
@Entity
@Table(name = "cp_protection_order")
@KeepsHistory("protection order")
public class ProtectionOrder {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProtectionOrderKind kind;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(nullable = false)
    private String details;
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

    protected ProtectionOrder() {
    }

    public ProtectionOrder(UUID childId, NewProtectionOrder o, String recordedBy, Instant recordedAt) {
        if (o.kind() == null || o.startDate() == null) {
            throw new IllegalArgumentException("The kind of order and its start are needed");
        }
        if (o.endDate() != null && o.endDate().isBefore(o.startDate())) {
            throw new IllegalArgumentException("An order cannot end before it starts");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.kind = o.kind();
        this.startDate = o.startDate();
        this.endDate = o.endDate();
        this.details = Text.required(o.details(), "The circumstances");
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void end(LocalDate on) {
        if (endDate != null) {
            throw new IllegalStateException("The order has already ended");
        }
        if (on == null || on.isBefore(startDate)) {
            throw new IllegalArgumentException("An order cannot end before it starts");
        }
        this.endDate = on;
    }

    public ProtectionOrderView view() {
        return new ProtectionOrderView(id, childId, kind, startDate, endDate, details, recordedBy, version);
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
