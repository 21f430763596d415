package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 178: PLACE_PROVIDER is a valid code when given. */
final class Rule178 extends SsdaRuleBase {

    Rule178() {
        super("178", "Placement provider code is not a valid code.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> invalid(r, "PLACE_PROVIDER", SsdaCodeSets.PLACE_PROVIDER), "PLACE_PROVIDER");
    }
}
