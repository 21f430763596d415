package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule SW08STG2: a social worker episode does not start while the one before is open. */
final class RuleSW08STG2 extends SsdaRuleBase {

    RuleSW08STG2() {
        super("SW08STG2", "A new social worker episode has started, but the previous episode has not ended.",
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
                if (prev.date("SW_DEC") == null) {
                    found.add(finding(child, "SW_DECOM"));
                }
            }
        });
        return found;
    }
}
