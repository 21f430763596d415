package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 381: a period of care does not end in a temporary placement. */
final class Rule381 extends SsdaRuleBase {

    Rule381() {
        super("381", "A period of care cannot end with a temporary placement.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.has("REC") && !r.is("REC", "X1")
                && SsdaCodeSets.TEMPORARY.contains(r.text("PLACE")), "REC", "PLACE");
    }
}
