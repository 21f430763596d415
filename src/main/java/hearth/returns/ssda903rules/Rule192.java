package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 192: a substance misuse problem has the "received" item. */
final class Rule192 extends SsdaRuleBase {

    Rule192() {
        super("192", "Child has been identified as having a substance misuse problem but the additional "
                + "item on whether an intervention was received has been left blank.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.is("SUBSTANCE_MISUSE", "1")
                && r.blank("INTERVENTION_RECEIVED"), "INTERVENTION_RECEIVED");
    }
}
