package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 133: ACCOM is a valid code when given. */
final class Rule133 extends SsdaRuleBase {

    Rule133() {
        super("133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs "
                + "accommodation after leaving care the data entry must be valid",
                "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> invalid(r, "ACCOM", SsdaCodeSets.ACCOM), "ACCOM");
    }
}
