package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 432: after a period of care ended, the next episode starts a new one (RNE S). */
final class Rule432 extends SsdaRuleBase {

    Rule432() {
        super("432", "The child ceased to be looked after at the end of the previous episode but the reason "
                + "for the new episode is not started to be looked after.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> prev.has("REC") && !prev.is("REC", "X1") && cur.has("RNE")
                && !cur.is("RNE", "S"), "RNE");
    }
}
