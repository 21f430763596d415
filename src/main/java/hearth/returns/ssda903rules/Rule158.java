package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 158: no "offered" item when an intervention was received. */
final class Rule158 extends SsdaRuleBase {

    Rule158() {
        super("158", "If a child has been recorded as receiving an intervention for their substance misuse "
                + "problem, then the additional item on whether an intervention was offered should be "
                + "left blank.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.is("INTERVENTION_RECEIVED", "1")
                && r.has("INTERVENTION_OFFERED"), "INTERVENTION_OFFERED");
    }
}
