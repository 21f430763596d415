package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Set;

/** For a child not UASC this year or last, a distance from home worked out but not between 0.0 and 999.9 miles. */
final class Rule164 extends SsdaPostcodeRule {

    Rule164() {
        super("164", "Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will"
                + " result in false positives for children formerly UASC not identified as such in loaded data]",
                "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        Set<String> uasc = SsdaPlacementPlace.uascEither(t);
        return where(t.episodes(), r -> {
            Double miles = distance(t, r);
            return !uasc.contains(r.child()) && miles != null && (miles < 0.0 || miles > 999.9);
        }, "PL_DISTANCE");
    }
}
