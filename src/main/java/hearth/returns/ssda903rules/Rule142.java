package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 142: every episode but a child's latest has ended. */
final class Rule142 extends SsdaRuleBase {

    Rule142() {
        super("142", "A new episode has started, but the previous episode has not ended.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            for (int i = 0; i + 1 < list.size(); i++) {
                if (list.get(i).date("DECOM") != null && list.get(i).blank("DEC")) {
                    found.add(finding(child, "DEC"));
                }
            }
        });
        return found;
    }
}
