package hearth.adoption;

import java.time.LocalDate;
import java.util.UUID;

/** The child moved in with the prospective adopters on {@code placedOn}. */
public record ChildPlacedWithAdopters(UUID childId, UUID journeyId, LocalDate placedOn, String adopterName) {
}
