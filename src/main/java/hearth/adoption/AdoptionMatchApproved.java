package hearth.adoption;

import java.time.LocalDate;
import java.util.UUID;

/** The match of the child with the prospective adopters was approved on {@code matchedOn}. */
public record AdoptionMatchApproved(UUID childId, UUID journeyId, LocalDate matchedOn, UUID adopterId, String adopterName) {
}
