package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 171: MC_DOB is a real date when given. */
final class Rule171 extends SsdaRuleBase {

    Rule171() {
        super("171", "Date of birth of mother's child is not a valid date.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.badDate("MC_DOB"), "MC_DOB");
    }
}
