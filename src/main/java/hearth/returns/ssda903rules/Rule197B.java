package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 197B: a child turning 4 or 17 in the year and looked after 12 months has an SDQ score or reason. */
final class Rule197B extends SsdaRuleBase {

    Rule197B() {
        super("197B", "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.", "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.date("DOB") != null && (t.inYear(r.date("DOB").plusYears(4))
                || t.inYear(r.date("DOB").plusYears(17)))
                && t.lookedAfter12Months(r.child()) && r.blank("SDQ_SCORE")
                        && r.blank("SDQ_REASON"), "SDQ_SCORE", "SDQ_REASON");
    }
}
