package hearth.adoption;

import java.time.LocalDate;
import java.util.UUID;

/** The court made the adoption order on {@code madeOn}. */
public record AdoptionOrderGranted(UUID childId, UUID journeyId, LocalDate madeOn) {
}
