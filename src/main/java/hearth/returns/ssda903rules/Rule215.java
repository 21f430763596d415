package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 215: no 12-month items for a care leaver in OC3. */
final class Rule215 extends SsdaRuleBase {

    Rule215() {
        super("215", "Child has care leaver information but one or more data items relating to children "
                + "looked after for 12 months have been completed.",
                "OC2", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> t.oc3().stream().anyMatch(o -> o.child().equals(r.child())
                && any(o, "IN_TOUCH", "ACTIV", "ACCOM"))
                && any(r, "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                        "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
                "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"), "CONVICTED");
    }
}
