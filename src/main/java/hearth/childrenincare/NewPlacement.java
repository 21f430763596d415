package hearth.childrenincare;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a worker records when a looked after child moves to a placement. {@code reasonForChange} is needed for a move
 * and not for the period's first placement; an out-of-area placement needs who approved it and when; siblings placed
 * apart (or only some together) need the reason. {@code placementLa} is the local authority whose area the
 * placement is in (for example Wokingham), when known; Ofsted's Annex A list 8 asks for it.
 */
public record NewPlacement(LocalDate startDate, String carerName, PlacementType type, PlacementProvider provider,
        String placementPostcode, String homePostcode, String urn, BigDecimal distanceMiles, boolean outOfArea,
        String approvedBy, LocalDate approvedOn, SiblingArrangement siblings, String siblingsReason,
        boolean emergency, boolean intendedUntil18, PlacementChangeReason reasonForChange, String placementLa) {

    /** The longest local authority name kept. */
    public static final int MAX_LA = 100;

    /** A placement whose local authority area is not recorded. */
    public NewPlacement(LocalDate startDate, String carerName, PlacementType type, PlacementProvider provider,
            String placementPostcode, String homePostcode, String urn, BigDecimal distanceMiles, boolean outOfArea,
            String approvedBy, LocalDate approvedOn, SiblingArrangement siblings, String siblingsReason,
            boolean emergency, boolean intendedUntil18, PlacementChangeReason reasonForChange) {
        this(startDate, carerName, type, provider, placementPostcode, homePostcode, urn, distanceMiles, outOfArea,
                approvedBy, approvedOn, siblings, siblingsReason, emergency, intendedUntil18, reasonForChange, null);
    }
}
