package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule 1014: care leavers not looked after in the year have no UASC row. */
final class Rule1014 extends SsdaRuleBase {

    Rule1014() {
        super("1014", "UASC information is not required for care leavers", "Episodes", "OC3", "UASC");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> leavers = new HashSet<>();
        t.oc3().forEach(r -> leavers.add(r.child()));
        return where(t.uasc(), r -> leavers.contains(r.child())
                && !t.childrenWithEpisodes().contains(r.child()), "DUC");
    }
}
