package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** Not on short breaks, and whether the placement is in the authority cannot be worked out (PL_LOCATION). */
final class Rule179 extends SsdaPostcodeRule {

    Rule179() {
        super("179", "Placement location code is not a valid code.", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return where(t.episodes(), r -> !r.is("LS", "V3", "V4") && location(t, r) == null, "PL_LOCATION");
    }
}
