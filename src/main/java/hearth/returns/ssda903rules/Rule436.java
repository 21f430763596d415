package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 436: a change of both (RNE B or U) changes the legal status. */
final class Rule436 extends SsdaRuleBase {

    Rule436() {
        super("436", "Reason for new episode is that both child’s placement and legal status have changed, "
                + "but this is not reflected in the episode data.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> cur.is("RNE", "B", "U") && prev.text("LS").equals(cur.text("LS")), "RNE");
    }
}
