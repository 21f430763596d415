package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 372: youth custody or prison (R5) is for children of 10 or over. */
final class Rule372 extends SsdaRuleBase {

    Rule372() {
        super("372", "Child in youth custody or prison should be at least 10.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "R5") && ageOn(t, r.child(), r.date("DECOM")) != null
                && ageOn(t, r.child(), r.date("DECOM")) < 10, "PLACE");
    }
}
