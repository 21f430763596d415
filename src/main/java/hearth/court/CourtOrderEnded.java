package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** A court order stopped being in force on this date. */
public record CourtOrderEnded(UUID childId, UUID orderId, OrderType orderType, LocalDate date) {
}
