package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 189: no SDQ score or reason for a young person of 17 or over at the start of the year. */
final class Rule189 extends SsdaRuleBase {

    Rule189() {
        super("189", "Child is aged 17 years or over at the beginning of the year, but an Strengths and "
                + "Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score "
                + "has been completed.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> age(r.date("DOB"), t.start()) != null && age(r.date("DOB"), t.start()) >= 17
                && any(r, "SDQ_SCORE", "SDQ_REASON"), "SDQ_SCORE", "SDQ_REASON");
    }
}
