package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** A court order was made about the child. */
public record CourtOrderMade(UUID childId, UUID orderId, OrderType orderType, LocalDate date) {
}
