package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 611: a mother has her child's date of birth. */
final class Rule611 extends SsdaRuleBase {

    Rule611() {
        super("611", "Date of birth field is blank, but child is a mother.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.is("MOTHER", "1") && r.blank("MC_DOB"), "MOTHER", "MC_DOB");
    }
}
