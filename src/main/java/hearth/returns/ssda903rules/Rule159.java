package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 159: the "offered" item when no intervention was received for a substance misuse problem. */
final class Rule159 extends SsdaRuleBase {

    Rule159() {
        super("159", "If a child has been recorded as not receiving an intervention for their substance "
                + "misuse problem, then the additional item on whether an intervention was offered "
                + "should be completed as well.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.is("SUBSTANCE_MISUSE", "1") && r.is("INTERVENTION_RECEIVED", "0")
                && r.blank("INTERVENTION_OFFERED"), "INTERVENTION_OFFERED");
    }
}
