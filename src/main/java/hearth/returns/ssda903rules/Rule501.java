package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 501: an episode does not start before the one before ended. */
final class Rule501 extends SsdaRuleBase {

    Rule501() {
        super("501", "A new episode has started before the end date of the previous episode.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> before(cur.date("DECOM"), prev.date("DEC")), "DECOM");
    }
}
