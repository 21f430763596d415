package hearth.careleavers.domain;

import hearth.audit.KeepsHistory;
import hearth.careleavers.EntitlementRequestView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A care leaver's request under the local offer: requested, then granted or refused once, with the reason. */
@Entity
@Table(name = "leaver_entitlement_request")
@KeepsHistory("local offer request")
public class LeaverEntitlementRequest {

    public static final String REQUESTED = "REQUESTED";
    public static final String GRANTED = "GRANTED";
    public static final String REFUSED = "REFUSED";

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Column(nullable = false)
    private String entitlement;
    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;
    private String detail;
    @Column(nullable = false)
    private String status;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    private String reason;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Version
    private long version;

    protected LeaverEntitlementRequest() {
    }

    public LeaverEntitlementRequest(UUID childId, String entitlement, LocalDate requestedOn, String detail,
            String requestedBy) {
        this.id = Ids.next();
        this.childId = childId;
        this.entitlement = entitlement;
        this.requestedOn = requestedOn;
        this.detail = detail;
        this.status = REQUESTED;
        this.requestedBy = requestedBy;
    }

    public void decide(boolean granted, String reason, LocalDate on, String by) {
        if (!REQUESTED.equals(status)) {
            throw new IllegalStateException("careleavers.error.alreadyDecided");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("careleavers.error.reason");
        }
        if (on.isBefore(requestedOn)) {
            throw new IllegalArgumentException("careleavers.error.decidedBeforeRequest");
        }
        this.status = granted ? GRANTED : REFUSED;
        this.reason = reason;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getEntitlement() {
        return entitlement;
    }

    public long getVersion() {
        return version;
    }

    public EntitlementRequestView view(String entitlementName) {
        return new EntitlementRequestView(id, childId, entitlement, entitlementName, requestedOn, detail, status,
                decidedBy, decidedOn, reason, requestedBy, version);
    }
}
