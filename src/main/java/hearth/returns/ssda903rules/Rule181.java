package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 181: the 12-month items are 0 or 1. */
final class Rule181 extends SsdaRuleBase {

    Rule181() {
        super("181", "Data items relating to children looked after continuously for 12 months should be "
                + "completed with a 0 or 1.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        for (SsdaRow r : t.oc2()) {
            for (String c : List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                    "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
                "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")) {
                if (invalid(r, c, SsdaCodeSets.ZERO_ONE)) {
                    found.add(finding(r.child(), c));
                }
            }
        }
        return found;
    }
}
