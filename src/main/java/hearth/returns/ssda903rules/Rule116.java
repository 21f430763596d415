package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 116: DATE_PLACED_CEASED is a real date when given. */
final class Rule116 extends SsdaRuleBase {

    Rule116() {
        super("116", "Date of Local Authority's (LA) decision that a child should no longer be placed for "
                + "adoption is not a valid date.",
                "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> r.badDate("DATE_PLACED_CEASED"), "DATE_PLACED_CEASED");
    }
}
