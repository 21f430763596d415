package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 186: an SDQ score or reason for a child of 4 to 16 looked after 12 months. */
final class Rule186 extends SsdaRuleBase {

    Rule186() {
        super("186", "Children aged 4 or over at the start of the year and children aged under 17 at the "
                + "end of the year and who have been looked after for at least 12 months continuously "
                + "should have a Strengths and Difficulties (SDQ) score or reason completed.",
                "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> age(r.date("DOB"), t.start()) != null && age(r.date("DOB"), t.start()) >= 4
                && age(r.date("DOB"), t.end()) < 17 && t.lookedAfter12Months(r.child()) && r.blank("SDQ_SCORE")
                        && r.blank("SDQ_REASON"), "SDQ_SCORE", "SDQ_REASON");
    }
}
