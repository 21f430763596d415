package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** Pre-proceedings began: a legal gateway decided to enter the Public Law Outline. */
public record PreProceedingsStarted(UUID childId, UUID preProceedingsId, LocalDate startedOn) {
}
