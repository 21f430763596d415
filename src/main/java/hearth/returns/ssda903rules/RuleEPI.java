package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule EPI: every child in the header has episodes, unless a care leaver in OC3. */
final class RuleEPI extends SsdaRuleBase {

    RuleEPI() {
        super("EPI", "WARNING: Episodes need to be loaded for this child before further validation is "
                + "possible",
                "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> leavers = new HashSet<>();
        t.oc3().forEach(r -> leavers.add(r.child()));
        return where(t.header(), r -> !t.childrenWithEpisodes().contains(r.child()) && !leavers.contains(r.child()),
                "CHILD");
    }
}
