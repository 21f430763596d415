package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 131: IN_TOUCH is a valid code. */
final class Rule131 extends SsdaRuleBase {

    Rule131() {
        super("131", "Data entry for being in touch after leaving care is invalid.", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> missingOrInvalid(r, "IN_TOUCH", SsdaCodeSets.IN_TOUCH), "IN_TOUCH");
    }
}
