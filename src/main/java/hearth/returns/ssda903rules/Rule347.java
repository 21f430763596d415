package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 347: no foyer for a care leaver under 18. */
final class Rule347 extends SsdaRuleBase {

    Rule347() {
        super("347", "Care leavers aged under 18 years, can not be accommodated in a Foyer.", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> r.is("ACCOM", "T1", "T2") && age(r.date("DOB"), t.end()) != null
                && age(r.date("DOB"), t.end()) < 18, "ACCOM");
    }
}
