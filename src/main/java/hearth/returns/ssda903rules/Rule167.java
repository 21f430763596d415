package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 167: every review has a valid participation code. */
final class Rule167 extends SsdaRuleBase {

    Rule167() {
        super("167", "Data entry for participation is invalid or blank.", "Reviews");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.reviews(), r -> missingOrInvalid(r, "REVIEW_CODE", SsdaCodeSets.REVIEW_CODE), "REVIEW_CODE");
    }
}
