package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** On short breaks (V3, V4) with a placement authority worked out from the placement postcode. */
final class Rule420 extends SsdaPostcodeRule {

    Rule420() {
        super("420", "LA of placement completed but child is looked after under legal status V3 or V4.", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "V3", "V4") && la(t, r) != null, "PL_LA");
    }
}
