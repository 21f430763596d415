package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 143: RNE is a valid code. */
final class Rule143 extends SsdaRuleBase {

    Rule143() {
        super("143", "The reason for new episode code is not a valid code.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> missingOrInvalid(r, "RNE", SsdaCodeSets.RNE), "RNE");
    }
}
