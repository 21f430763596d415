package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 373: a school placement (S1) is for children of 4 or over. */
final class Rule373 extends SsdaRuleBase {

    Rule373() {
        super("373", "Child placed in a school should be at least 4 years old.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "S1") && ageOn(t, r.child(), r.date("DECOM")) != null
                && ageOn(t, r.child(), r.date("DECOM")) < 4, "PLACE");
    }
}
