package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 526: every placement that needs one has a provider. */
final class Rule526 extends SsdaRuleBase {

    Rule526() {
        super("526", "Child is missing a placement provider code for at least one episode.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.blank("PLACE_PROVIDER") && r.has("PLACE")
                && !SsdaCodeSets.TEMPORARY.contains(r.text("PLACE"))
                && !r.is("PLACE", "Z11", "Z12", "Z13", "Z14"), "PLACE_PROVIDER");
    }
}
