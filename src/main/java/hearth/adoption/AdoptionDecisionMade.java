package hearth.adoption;

import java.time.LocalDate;
import java.util.UUID;

/** The agency decision maker decided on {@code decidedOn} that the child should be placed for adoption. */
public record AdoptionDecisionMade(UUID childId, UUID journeyId, LocalDate decidedOn, String decisionMaker, boolean fosteringForAdoption, boolean concurrentPlanning) {
}
