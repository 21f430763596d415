package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 1009: REASON_PLACE_CHANGE is a valid code when given. */
final class Rule1009 extends SsdaRuleBase {

    Rule1009() {
        super("1009", "Reason for placement change is not a valid code.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> invalid(r, "REASON_PLACE_CHANGE", SsdaCodeSets.REASON_PLACE_CHANGE),
                "REASON_PLACE_CHANGE");
    }
}
