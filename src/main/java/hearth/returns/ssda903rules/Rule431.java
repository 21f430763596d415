package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 431: a period of care starts (RNE S) only after a day or more out of care. */
final class Rule431 extends SsdaRuleBase {

    Rule431() {
        super("431", "The reason for new episode is started to be looked after, but the previous episode "
                + "ended on the same day.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> cur.is("RNE", "S") && prev.date("DEC") != null
                && prev.date("DEC").equals(cur.date("DECOM")),
                "RNE", "DECOM");
    }
}
