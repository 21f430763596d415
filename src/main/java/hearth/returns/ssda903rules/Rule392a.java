package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Set;

/** Not on short breaks, not UASC this year or last, and no distance from home can be worked out. */
final class Rule392a extends SsdaPostcodeRule {

    Rule392a() {
        super("392a", "Child is looked after but no distance is recorded. [NOTE: This check may result in false"
                + " positives for children formerly UASC]", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        Set<String> uasc = SsdaPlacementPlace.uascEither(t);
        return where(t.episodes(), r -> !uasc.contains(r.child()) && !r.is("LS", "V3", "V4")
                && distance(t, r) == null, "PL_DISTANCE");
    }
}
