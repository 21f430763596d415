package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 184: the decision is not before the child was born. */
final class Rule184 extends SsdaRuleBase {

    Rule184() {
        super("184", "Date of decision that a child should be placed for adoption is before the child was "
                + "born.",
                "Header", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> before(r.date("DATE_PLACED"), t.dob(r.child())), "DATE_PLACED");
    }
}
