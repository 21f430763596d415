package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 546: no health check item for a child of 5 or over at 31 March. */
final class Rule546 extends SsdaRuleBase {

    Rule546() {
        super("546", "Children aged 5 or over at 31 March should not have health promotion information "
                + "completed.",
                "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> age(r.date("DOB"), t.end()) != null && age(r.date("DOB"), t.end()) >= 5
                && r.has("HEALTH_CHECK"), "HEALTH_CHECK");
    }
}
