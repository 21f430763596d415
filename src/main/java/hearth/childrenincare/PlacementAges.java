package hearth.childrenincare;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The placements the DfE's SSDA903 rules say a child is too young for, on the day the placement starts: a move into
 * custody under 10 (rule 234), and the placement types with a minimum age (rules 371 to 374).
 */
final class PlacementAges {

    /** The youngest age, in completed years, each placement type is for. */
    static final Map<PlacementType, Integer> YOUNGEST = Map.of(PlacementType.K3, 16, PlacementType.R5, 10,
            PlacementType.S1, 4, PlacementType.P3, 14);

    private PlacementAges() {
    }

    /** The message key for why a child born on {@code born} cannot have this placement, or null when they can. */
    static String misfitKey(LocalDate born, NewPlacement placement) {
        if (born == null || placement.startDate() == null) {
            return null;
        }
        int age = Period.between(born, placement.startDate()).getYears();
        if (placement.reasonForChange() == PlacementChangeReason.CUSTOD && age < 10) {
            return "childrenincare.error.custodyUnderTen";
        }
        Integer youngest = placement.type() == null ? null : YOUNGEST.get(placement.type());
        if (youngest != null && age < youngest) {
            return "childrenincare.error.tooYoungFor." + placement.type().name();
        }
        return null;
    }
}
