package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 547: with the health check item, the four health items too. */
final class Rule547 extends SsdaRuleBase {

    Rule547() {
        super("547", "Any child who has health promotion information completed must also have immunisation, "
                + "teeth check, health assessment and substance misuse problem identified fields "
                + "completed.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.has("HEALTH_CHECK")
                && anyBlank(r, "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"),
                        "HEALTH_CHECK");
    }
}
