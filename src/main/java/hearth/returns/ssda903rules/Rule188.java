package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 188: no SDQ score or reason for a child under 4 at the year end. */
final class Rule188 extends SsdaRuleBase {

    Rule188() {
        super("188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties "
                + "(SDQ) score or a reason for no SDQ score has been completed.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> age(r.date("DOB"), t.end()) != null && age(r.date("DOB"), t.end()) < 4
                && any(r, "SDQ_SCORE", "SDQ_REASON"), "SDQ_SCORE", "SDQ_REASON");
    }
}
