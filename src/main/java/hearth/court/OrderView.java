package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** A court order; in force from {@code madeOn} up to, not including, {@code endedOn} (null while in force). */
public record OrderView(UUID id, UUID childId, UUID proceedingsId, OrderType type, LocalDate madeOn,
        LocalDate endedOn, String endReason, long version) {

    public boolean inForceOn(LocalDate date) {
        return !madeOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }
}
