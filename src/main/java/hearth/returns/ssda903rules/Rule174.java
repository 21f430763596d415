package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 174: a male child has no mother's child date of birth. */
final class Rule174 extends SsdaRuleBase {

    Rule174() {
        super("174", "Mother's child date of birth is recorded but sex shows that the child is a male.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.has("MC_DOB") && r.is("SEX", "M"), "MC_DOB", "SEX");
    }
}
