package hearth.childrenincare;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a worker records when a looked after child moves to a placement. {@code reasonForChange} is needed for a move
 * and not for the period's first placement; an out-of-area placement needs who approved it and when; siblings placed
 * apart (or only some together) need the reason.
 */
public record NewPlacement(LocalDate startDate, String carerName, PlacementType type, PlacementProvider provider,
        String placementPostcode, String homePostcode, String urn, BigDecimal distanceMiles, boolean outOfArea,
        String approvedBy, LocalDate approvedOn, SiblingArrangement siblings, String siblingsReason,
        boolean emergency, boolean intendedUntil18, PlacementChangeReason reasonForChange) {
}
