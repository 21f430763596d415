package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 132: ACTIV is a valid code when given. */
final class Rule132 extends SsdaRuleBase {

    Rule132() {
        super("132", "Data entry for activity after leaving care is invalid.", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> invalid(r, "ACTIV", SsdaCodeSets.ACTIV), "ACTIV");
    }
}
