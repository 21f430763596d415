package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 440: PN0 (under 4) only for children under 4 at the review. */
final class Rule440 extends SsdaRuleBase {

    Rule440() {
        super("440", "Participation method indicates child was under 4 years old at the time of the review, "
                + "but the date of birth and review date indicates the child was 4 years old or over.",
                "Reviews");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.reviews(), r -> r.is("REVIEW_CODE", "PN0") && age(r.date("DOB"), r.date("REVIEW")) != null
                && age(r.date("DOB"), r.date("REVIEW")) >= 4, "REVIEW_CODE");
    }
}
