package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 344: no activity or accommodation for a young person who died or went home. */
final class Rule344 extends SsdaRuleBase {

    Rule344() {
        super("344", "The record shows the young person has died or returned home to live with parent(s) or "
                + "someone with parental responsibility for a continuous period of 6 months or more, "
                + "activity and/or accommodation on leaving care should not be completed.",
                "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> r.is("IN_TOUCH", "DIED", "RHOM") && ((r.has("ACTIV") && !r.is("ACTIV", "0"))
                || (r.has("ACCOM") && !r.is("ACCOM", "0"))), "ACTIV", "ACCOM");
    }
}
