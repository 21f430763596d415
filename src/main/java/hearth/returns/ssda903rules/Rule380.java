package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 380: a period of care does not start in a temporary placement. */
final class Rule380 extends SsdaRuleBase {

    Rule380() {
        super("380", "A period of care cannot start with a temporary placement.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("RNE", "S")
                && SsdaCodeSets.TEMPORARY.contains(r.text("PLACE")), "RNE", "PLACE");
    }
}
