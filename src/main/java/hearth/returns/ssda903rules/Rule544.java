package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 544: with the conviction item, the four health items too. */
final class Rule544 extends SsdaRuleBase {

    Rule544() {
        super("544", "Any child who has conviction information completed must also have immunisation, teeth "
                + "check, health assessment and substance misuse problem identified fields completed.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.has("CONVICTED")
                && anyBlank(r, "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"), "CONVICTED");
    }
}
