package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 193: no intervention items without a substance misuse problem. */
final class Rule193 extends SsdaRuleBase {

    Rule193() {
        super("193", "Child not identified as having a substance misuse problem but at least one of the two "
                + "additional items on whether an intervention were offered and received have been "
                + "completed.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> !r.is("SUBSTANCE_MISUSE", "1")
                && any(r, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"), "INTERVENTION_RECEIVED",
                        "INTERVENTION_OFFERED");
    }
}
