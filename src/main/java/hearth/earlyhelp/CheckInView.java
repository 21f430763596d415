package hearth.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;

/** A check-in with a family while they wait. */
public record CheckInView(UUID id, UUID waitingId, LocalDate heldOn, String heldBy, String note, String recordedBy) {
}
