package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 351: the child was not over 25 at the start of the year. */
final class Rule351 extends SsdaRuleBase {

    Rule351() {
        super("351", "Child was over 25 at the start of the current collection year.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.date("DOB") != null && r.date("DOB").plusYears(25).isBefore(t.start()), "DOB");
    }
}
