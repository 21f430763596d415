package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 187: a child looked after 12 months has no adoption or care leaver rows. */
final class Rule187 extends SsdaRuleBase {

    Rule187() {
        super("187", "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have "
                + "any of adoption or care leavers returns completed.",
                "AD1", "Episodes", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        found.addAll(where(t.ad1(), r -> t.lookedAfter12Months(r.child()), "CHILD"));
        found.addAll(where(t.oc3(), r -> t.lookedAfter12Months(r.child())
                && any(r, "IN_TOUCH", "ACTIV", "ACCOM"), "CHILD"));
        return found;
    }
}
