package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule SW11bSTG2: a child looked after at 31 March has a social worker episode after any that ended. */
final class RuleSW11bSTG2 extends SsdaRuleBase {

    RuleSW11bSTG2() {
        super("SW11bSTG2", "Social worker episode has ended before 31 March and no subsequent social worker "
                + "episode has been provided.",
                "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.byChild(t.socialWorkers()).forEach((child, list) -> {
            SsdaRow latest = list.stream().filter(r -> r.date("SW_DECOM") != null)
                    .max(java.util.Comparator.comparing(r -> r.date("SW_DECOM"))).orElse(null);
            if (latest != null && before(latest.date("SW_DEC"), t.end()) && t.lookedAfterAtEnd(child)) {
                found.add(finding(child, "SW_DEC"));
            }
        });
        return found;
    }
}
