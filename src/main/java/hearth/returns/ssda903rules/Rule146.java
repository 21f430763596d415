package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 146: PLACE is a valid 2025-26 code. */
final class Rule146 extends SsdaRuleBase {

    Rule146() {
        super("146", "Placement type code is not a valid code.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> missingOrInvalid(r, "PLACE", SsdaCodeSets.PLACE), "PLACE");
    }
}
