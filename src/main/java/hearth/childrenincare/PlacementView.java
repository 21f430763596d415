package hearth.childrenincare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement from {@code startDate} (it lasts until the next placement or the end of the period). Out-of-area
 * placements carry who approved them and when; emergency placements the dates their placement plan was agreed and
 * the people concerned were notified (null until recorded). {@code placementLa} is the local authority whose area
 * the placement is in, when recorded.
 */
public record PlacementView(UUID id, UUID periodId, LocalDate startDate, String carerName, PlacementType type,
        PlacementProvider provider, String placementPostcode, String homePostcode, String urn,
        BigDecimal distanceMiles, boolean outOfArea, String placementLa, String approvedBy, LocalDate approvedOn,
        SiblingArrangement siblings, String siblingsReason, boolean emergency, boolean intendedUntil18,
        PlacementChangeReason reasonForChange, LocalDate placementPlanOn, LocalDate notifiedOn, String recordedBy,
        long version) {

    /** An emergency placement whose plan or notifications are still to be recorded. */
    public boolean emergencyFollowUpOutstanding() {
        return emergency && (placementPlanOn == null || notifiedOn == null);
    }
}
