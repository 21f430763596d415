package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 441: PN1 to PN7 only for children of 4 or over at the review. */
final class Rule441 extends SsdaRuleBase {

    Rule441() {
        super("441", "Participation method indicates child was 4 years old or over at the time of the "
                + "review, but the date of birth and review date indicates the child was under 4 years "
                + "old.",
                "Reviews");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.reviews(), r -> r.has("REVIEW_CODE") && !r.is("REVIEW_CODE", "PN0")
                && age(r.date("DOB"), r.date("REVIEW")) != null
                && age(r.date("DOB"), r.date("REVIEW")) < 4, "REVIEW_CODE");
    }
}
