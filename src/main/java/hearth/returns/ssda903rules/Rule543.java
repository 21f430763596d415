package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 543: the conviction item for a child of 10 or over looked after 12 months. */
final class Rule543 extends SsdaRuleBase {

    Rule543() {
        super("543", "Child is aged 10 or over at 31 March and has been looked after continuously for 12 "
                + "months yet conviction information has not been completed.",
                "Episodes", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> age(r.date("DOB"), t.end()) != null && age(r.date("DOB"), t.end()) >= 10
                && r.blank("CONVICTED")
                && t.lookedAfter12Months(r.child()), "CONVICTED");
    }
}
