package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 542: no conviction item for a child under 10 at 31 March. */
final class Rule542 extends SsdaRuleBase {

    Rule542() {
        super("542", "A child aged under 10 at 31 March should not have conviction information completed.", "OC2s");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> age(r.date("DOB"), t.end()) != null && age(r.date("DOB"), t.end()) < 10
                && r.has("CONVICTED"), "CONVICTED");
    }
}
