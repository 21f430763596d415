package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DfE rule 191: a child looked after 12 months has the four health items. */
final class Rule191 extends SsdaRuleBase {

    Rule191() {
        super("191", "Child has been looked after continuously for at least 12 months at 31 March but one "
                + "or more data items relating to children looked after for 12 months have been left "
                + "blank.",
                "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Map<String, SsdaRow> oc2 = new HashMap<>();
        t.oc2().forEach(r -> oc2.putIfAbsent(r.child(), r));
        List<Finding> found = new ArrayList<>();
        for (String child : t.episodesByChild().keySet()) {
            if (t.lookedAfter12Months(child) && (!oc2.containsKey(child)
                    || anyBlank(oc2.get(child), "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
                            "SUBSTANCE_MISUSE"))) {
                found.add(finding(child, "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"));
            }
        }
        return found;
    }
}
