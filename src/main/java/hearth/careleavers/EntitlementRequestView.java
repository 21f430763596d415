package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A request under the local offer and its decision (status REQUESTED, GRANTED or REFUSED). */
public record EntitlementRequestView(UUID id, UUID childId, String entitlement, String entitlementName,
        LocalDate requestedOn, String detail, String status, String decidedBy, LocalDate decidedOn, String reason,
        String requestedBy, long version) {

    public boolean awaitingDecision() {
        return "REQUESTED".equals(status);
    }

    public boolean granted() {
        return "GRANTED".equals(status);
    }
}
