package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A looked after child moved to a placement on {@code startDate}. {@code placementType} is the SSDA903 placement
 * type code (for example U1 to U6 for foster placements, U4 to U6 with relatives or friends, A3 to A6 placed for
 * adoption, K2 children's homes, P1 placed with parents); {@code reasonForChange} is the SSDA903 reason for
 * placement change for a move (null for the first placement of a period); {@code carerName} names the carer or
 * home; {@code emergency} marks an unplanned placement.
 */
public record PlacementStarted(UUID childId, UUID periodId, UUID placementId, LocalDate startDate,
        String placementType, String reasonForChange, String carerName, boolean emergency, String recordedBy) {
}
