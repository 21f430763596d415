package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 119: a reversed decision has both its date and reason. */
final class Rule119 extends SsdaRuleBase {

    Rule119() {
        super("119", "If the decision is made that a child should no longer be placed for adoption, then "
                + "the date of this decision and the reason why this decision was made must be "
                + "completed.",
                "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> r.has("DATE_PLACED_CEASED") != r.has("REASON_PLACED_CEASED"),
                "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");
    }
}
