package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 1006: MISSING is M or A when given. */
final class Rule1006 extends SsdaRuleBase {

    Rule1006() {
        super("1006", "Missing type invalid.", "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> invalid(r, "MISSING", SsdaCodeSets.MISSING), "MISSING");
    }
}
