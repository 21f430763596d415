package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 232: the sex is known. */
final class Rule232 extends SsdaRuleBase {

    Rule232() {
        super("232", "Sex of the child/young person has been reported as unknown.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.is("SEX", "U"), "SEX");
    }
}
