package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 182: immunisations, teeth, health assessment and substance misuse are all given, or nothing is. */
final class Rule182 extends SsdaRuleBase {

    Rule182() {
        super("182", "Data entries on immunisations, teeth checks, health assessments and substance misuse "
                + "problem identified should be completed or all OC2 fields should be left blank.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> anyBlank(r, "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE")
                && any(r, "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                        "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
                "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"), "IMMUNISATIONS", "TEETH_CHECK",
                        "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");
    }
}
