package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 112: DATE_INT is a real date when given. */
final class Rule112 extends SsdaRuleBase {

    Rule112() {
        super("112", "Date should be placed for adoption is not a valid date.", "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.badDate("DATE_INT"), "DATE_INT");
    }
}
