package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 563: a reversed decision has the date of the decision. */
final class Rule563 extends SsdaRuleBase {

    Rule563() {
        super("563", "The child should no longer be placed for adoption but the date of the decision that "
                + "the child should be placed for adoption is blank",
                "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> r.has("DATE_PLACED_CEASED") && r.blank("DATE_PLACED"), "DATE_PLACED");
    }
}
