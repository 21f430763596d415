package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 113: DATE_MATCH is a real date when given. */
final class Rule113 extends SsdaRuleBase {

    Rule113() {
        super("113", "Date matching child and adopter(s) is not a valid date.", "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.badDate("DATE_MATCH"), "DATE_MATCH");
    }
}
