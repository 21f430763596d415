package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule 1012: a care leaver with no episodes in the year has no other rows. */
final class Rule1012 extends SsdaRuleBase {

    Rule1012() {
        super("1012", "No other data should be returned for OC3 children who had no episodes in the current "
                + "year",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> leavers = new HashSet<>();
        t.oc3().forEach(r -> leavers.add(r.child()));
        leavers.removeAll(t.childrenWithEpisodes());
        List<Finding> found = new ArrayList<>();
        for (List<SsdaRow> rows : List.of(t.reviews(), t.missing(), t.oc2(), t.ad1(), t.placedAdoption(), t.prevPerm(),
                t.socialWorkers())) {
            found.addAll(where(rows, r -> leavers.contains(r.child()), "CHILD"));
        }
        return found;
    }
}
