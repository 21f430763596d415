package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 115: DATE_PLACED is a real date. */
final class Rule115 extends SsdaRuleBase {

    Rule115() {
        super("115", "Date of Local Authority's (LA) decision that a child should be placed for adoption is "
                + "not a valid date.",
                "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> r.badDate("DATE_PLACED"), "DATE_PLACED");
    }
}
