package hearth.adoption;

import java.time.LocalDate;
import java.util.UUID;

/** A child's adoption journey as recorded: each step's date, the adopters, flags and life-story work. */
public record AdoptionJourneyView(UUID id, UUID childId, LocalDate decidedOn, String decisionMaker,
        boolean fosteringForAdoption, boolean concurrentPlanning, LocalDate placementOrderOn, LocalDate matchedOn,
        UUID adopterId, String adopterName, LocalDate placedOn, LocalDate ffaPlacedOn, LocalDate orderOn,
        LocalDate stoppedOn, String stoppedReason, LocalDate lifeStoryStartedOn, LocalDate lifeStoryDoneOn,
        long version) {

    /** Still heading for an adoption order. */
    public boolean active() {
        return orderOn == null && stoppedOn == null;
    }

    /** The step reached, as a message key suffix. */
    public String stage() {
        if (stoppedOn != null) {
            return "STOPPED";
        }
        if (orderOn != null) {
            return "ADOPTED";
        }
        if (placedOn != null) {
            return "PLACED";
        }
        if (matchedOn != null) {
            return "MATCHED";
        }
        if (placementOrderOn != null) {
            return "PLACEMENT_ORDER";
        }
        return "SHOULD_BE_PLACED";
    }
}
