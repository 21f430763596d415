package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 145: CIN is a valid code. */
final class Rule145 extends SsdaRuleBase {

    Rule145() {
        super("145", "Category of need code is not a valid code.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> missingOrInvalid(r, "CIN", SsdaCodeSets.CIN), "CIN");
    }
}
