package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 190: the 12-month items only for a child looked after 12 months. */
final class Rule190 extends SsdaRuleBase {

    Rule190() {
        super("190", "Child has not been looked after continuously for at least 12 months at 31 March but "
                + "one or more data items relating to children looked after for 12 months have been "
                + "completed.",
                "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> any(r, "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
                "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")
                && !t.lookedAfter12Months(r.child()), "CONVICTED");
    }
}
