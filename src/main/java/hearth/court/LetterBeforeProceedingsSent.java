package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** The letter before proceedings was sent to the parents. */
public record LetterBeforeProceedingsSent(UUID childId, UUID preProceedingsId, LocalDate sentOn) {
}
