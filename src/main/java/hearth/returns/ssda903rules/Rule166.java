package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 166: every review has a real date. */
final class Rule166 extends SsdaRuleBase {

    Rule166() {
        super("166", "Date of review is invalid or blank.", "Reviews");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.reviews(), r -> r.date("REVIEW") == null, "REVIEW");
    }
}
