package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 102: the date of birth is a real date. */
final class Rule102 extends SsdaRuleBase {

    Rule102() {
        super("102", "Date of birth is not a valid date.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.date("DOB") == null, "DOB");
    }
}
