package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 157: SDQ1 (outside the age range) not for a child of 4 to 16. */
final class Rule157 extends SsdaRuleBase {

    Rule157() {
        super("157", "Child is aged 4 years or over at the beginning of the year or 16 years or under at "
                + "the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been "
                + "recorded as the reason for no SDQ score.",
                "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.is("SDQ_REASON", "SDQ1") && age(r.date("DOB"), t.start()) != null
                && age(r.date("DOB"), t.start()) >= 4
                && age(r.date("DOB"), t.end()) <= 16 && t.lookedAfter12Months(r.child()), "SDQ_REASON");
    }
}
