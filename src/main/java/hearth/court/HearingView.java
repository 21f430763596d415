package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** A hearing in care proceedings. */
public record HearingView(UUID id, UUID proceedingsId, LocalDate date, HearingType type, String outcome) {
}
