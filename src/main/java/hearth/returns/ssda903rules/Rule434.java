package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 434: a legal-status-only change (RNE L) changes the legal status and not the placement. */
final class Rule434 extends SsdaRuleBase {

    Rule434() {
        super("434", "Reason for new episode is that child's legal status has changed but not the "
                + "placement, but this is not reflected in the episode data.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> cur.is("RNE", "L") && (prev.text("LS").equals(cur.text("LS"))
                || !prev.text("PLACE").equals(cur.text("PLACE"))
                        || !prev.text("PL_POST").equals(cur.text("PL_POST"))), "RNE");
    }
}
