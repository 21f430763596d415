package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 101: SEX is M, F or U. */
final class Rule101 extends SsdaRuleBase {

    Rule101() {
        super("101", "The child or young person’s reported sex is not valid.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> missingOrInvalid(r, "SEX", SsdaCodeSets.SEX), "SEX");
    }
}
