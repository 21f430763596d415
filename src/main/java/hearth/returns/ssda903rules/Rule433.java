package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 433: a continuation episode starts the day the one before ended. */
final class Rule433 extends SsdaRuleBase {

    Rule433() {
        super("433", "The reason for new episode suggests that this is a continuation episode, but the "
                + "episode does not start on the same day as the last episode finished.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> cur.is("RNE", "L", "P", "T", "B", "U") && prev.date("DEC") != null
                && !prev.date("DEC").equals(cur.date("DECOM")), "RNE", "DECOM");
    }
}
