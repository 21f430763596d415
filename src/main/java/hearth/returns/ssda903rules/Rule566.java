package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 566: a missing period with an end says whether missing or away. */
final class Rule566 extends SsdaRuleBase {

    Rule566() {
        super("566", "The date that the child's episode of being missing or away from placement without "
                + "authorisation ended has been completed but whether the child was missing or away "
                + "without authorisation has not been completed.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> r.has("MIS_END") && r.blank("MISSING"), "MISSING");
    }
}
