package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** The court extended the proceedings' timetable. */
public record ProceedingsExtended(UUID childId, UUID proceedingsId, LocalDate grantedOn, int weeks, LocalDate newDeadline) {
}
