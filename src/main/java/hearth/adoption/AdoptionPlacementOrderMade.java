package hearth.adoption;

import java.time.LocalDate;
import java.util.UUID;

/** The court made a placement order (or consent was given) on {@code madeOn}: the agency may place the child. */
public record AdoptionPlacementOrderMade(UUID childId, UUID journeyId, LocalDate madeOn) {
}
