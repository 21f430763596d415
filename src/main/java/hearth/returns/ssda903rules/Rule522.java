package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 522: the decision is not after it was reversed. */
final class Rule522 extends SsdaRuleBase {

    Rule522() {
        super("522", "Date of decision that the child should be placed for adoption must be on or before "
                + "the date that a child should no longer be placed for adoption.",
                "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> after(r.date("DATE_PLACED"), r.date("DATE_PLACED_CEASED")),
                "DATE_PLACED", "DATE_PLACED_CEASED");
    }
}
