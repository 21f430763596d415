package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** Pre-proceedings ended by stepping down or issuing proceedings. */
public record PreProceedingsEnded(UUID childId, UUID preProceedingsId, PreProceedingsOutcome outcome, LocalDate endedOn) {
}
