package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** Not on short breaks, and no placement authority can be worked out from the placement postcode. */
final class Rule169 extends SsdaPostcodeRule {

    Rule169() {
        super("169", "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has"
                + " been entered.", "Episodes");
    }

    @Override
    List<Finding> look(SsdaTables t) {
        return where(t.episodes(), r -> !r.is("LS", "V3", "V4") && la(t, r) == null, "PL_LA");
    }
}
