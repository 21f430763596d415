package hearth.adoption;

import java.time.LocalDate;
import java.util.UUID;

/** The agency decided on {@code decidedOn} that the child should no longer be placed for adoption, and why. */
public record AdoptionPlanStopped(UUID childId, UUID journeyId, LocalDate decidedOn, String reason) {
}
