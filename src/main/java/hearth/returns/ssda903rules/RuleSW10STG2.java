package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule SW10STG2: a social worker episode does not start before the one before ended. */
final class RuleSW10STG2 extends SsdaRuleBase {

    RuleSW10STG2() {
        super("SW10STG2", "A new social worker episode has started before the end date of the previous social "
                + "worker episode.",
                "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.byChild(t.socialWorkers()).forEach((child, list) -> {
            List<SsdaRow> sorted = new ArrayList<>(list);
            sorted.removeIf(r -> r.date("SW_DECOM") == null);
            sorted.sort(java.util.Comparator.comparing(r -> r.date("SW_DECOM")));
            for (int i = 1; i < sorted.size(); i++) {
                SsdaRow prev = sorted.get(i - 1);
                SsdaRow cur = sorted.get(i);
                if (prev.date("SW_DEC") != null && cur.date("SW_DECOM").isBefore(prev.date("SW_DEC"))) {
                    found.add(finding(child, "SW_DECOM"));
                }
            }
        });
        return found;
    }
}
