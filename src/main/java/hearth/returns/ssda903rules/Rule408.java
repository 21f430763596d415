package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 408: placement for adoption under a placement order has the placement order legal status. */
final class Rule408 extends SsdaRuleBase {

    Rule408() {
        super("408", "Child is placed for adoption with a placement order, but no placement order has been "
                + "recorded.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "A5", "A6") && !r.is("LS", "E1", "D1"), "PLACE", "LS");
    }
}
