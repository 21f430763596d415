package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 196: SDQ_REASON is a valid code when given. */
final class Rule196 extends SsdaRuleBase {

    Rule196() {
        super("196", "Strengths and Difficulties (SDQ) reason is not a valid code.", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> invalid(r, "SDQ_REASON", SsdaCodeSets.SDQ_REASON), "SDQ_REASON");
    }
}
