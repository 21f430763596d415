package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 362: an emergency protection order lasts no more than 21 days. */
final class Rule362 extends SsdaRuleBase {

    Rule362() {
        super("362", "Emergency protection order (EPO) lasted longer than 21 days", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "L2") && days(r.date("DECOM"), r.date("DEC")) > 21, "LS", "DEC");
    }
}
