package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 153: in touch, activity and accommodation are all given or all blank. */
final class Rule153 extends SsdaRuleBase {

    Rule153() {
        super("153", "All data items relating to a child's activity or accommodation after leaving care "
                + "must be coded or left blank.",
                "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> partly(r, "IN_TOUCH", "ACTIV", "ACCOM"), "IN_TOUCH", "ACTIV", "ACCOM");
    }
}
