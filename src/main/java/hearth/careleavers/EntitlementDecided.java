package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A request under the local offer was granted or refused, with the reason and who decided. */
public record EntitlementDecided(UUID childId, UUID requestId, String entitlement, boolean granted, String reason,
        LocalDate decidedOn, String decidedBy) {
}
