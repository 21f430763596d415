package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** Care proceedings ended with a final outcome. */
public record ProceedingsConcluded(UUID childId, UUID proceedingsId, FinalOutcome outcome, LocalDate date) {
}
