package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/**
 * On short breaks (V3, V4) with a home or placement postcode given (from which the distance would be worked out). Reads
 * only the return, so runs without the postcode directory.
 */
final class Rule398 extends SsdaRuleBase {

    Rule398() {
        super("398", "Distance field completed but child looked after under legal status V3 or V4.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "V3", "V4") && any(r, "HOME_POST", "PL_POST"), "LS",
                "HOME_POST", "PL_POST");
    }
}
