package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 545: the health check item for a child under 5 at 31 March. */
final class Rule545 extends SsdaRuleBase {

    Rule545() {
        super("545", "Child is aged under 5 at 31 March and has been looked after continuously for 12 "
                + "months yet health promotion information has not been completed.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> age(r.date("DOB"), t.end()) != null && age(r.date("DOB"), t.end()) < 5
                && r.blank("HEALTH_CHECK"), "HEALTH_CHECK");
    }
}
