package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 185: an SDQ score only for a child looked after 12 months. */
final class Rule185 extends SsdaRuleBase {

    Rule185() {
        super("185", "Child has not been looked after continuously for at least 12 months at 31 March but a "
                + "Strengths and Difficulties (SDQ) score has been completed.",
                "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.has("SDQ_SCORE") && !t.lookedAfter12Months(r.child()), "SDQ_SCORE");
    }
}
