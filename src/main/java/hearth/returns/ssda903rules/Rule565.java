package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 565: a missing period with a start says whether missing or away. */
final class Rule565 extends SsdaRuleBase {

    Rule565() {
        super("565", "The date that the child started to be missing or away from placement without "
                + "authorisation has been completed but whether the child was missing or away from "
                + "placement without authorisation has not been completed.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> r.has("MIS_START") && r.blank("MISSING"), "MISSING");
    }
}
