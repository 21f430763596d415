package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 120: REASON_PLACED_CEASED is a valid code when given. */
final class Rule120 extends SsdaRuleBase {

    Rule120() {
        super("120", "The reason for the reversal of the decision that the child should be placed for "
                + "adoption code is not valid.",
                "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> invalid(r, "REASON_PLACED_CEASED",
                SsdaCodeSets.REASON_PLACED_CEASED), "REASON_PLACED_CEASED");
    }
}
