package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule SW17STG2: a child looked after at 31 March has a social worker episode open then. */
final class RuleSW17STG2 extends SsdaRuleBase {

    RuleSW17STG2() {
        super("SW17STG2", "There is no social worker episode open at 31 March", "Episodes", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> open = new HashSet<>();
        t.socialWorkers().stream().filter(r -> r.date("SW_DECOM") != null && !r.date("SW_DECOM").isAfter(t.end())
                && (r.date("SW_DEC") == null || !r.date("SW_DEC").isBefore(t.end()))).forEach(r -> open.add(r.child()));
        List<Finding> found = new ArrayList<>();
        for (String child : t.episodesByChild().keySet()) {
            if (t.lookedAfterAtEnd(child) && !open.contains(child)) {
                found.add(finding(child, "SW_DEC"));
            }
        }
        return found;
    }
}
