package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 435: a placement-only change (RNE P or T) keeps the legal status. */
final class Rule435 extends SsdaRuleBase {

    Rule435() {
        super("435", "Reason for new episode is that child’s placement has changed but not the legal "
                + "status, but this is not reflected in the episode data recorded.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> cur.is("RNE", "P", "T") && !prev.text("LS").equals(cur.text("LS")), "RNE");
    }
}
