package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 198: a reason for no SDQ score only for a child looked after 12 months. */
final class Rule198 extends SsdaRuleBase {

    Rule198() {
        super("198", "Child has not been looked after continuously for at least 12 months at 31 March but a "
                + "reason for no Strengths and Difficulties (SDQ) score has been completed.",
                "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.has("SDQ_REASON") && !t.lookedAfter12Months(r.child()), "SDQ_REASON");
    }
}
