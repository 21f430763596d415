package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 301: the date of birth is not after the year end. */
final class Rule301 extends SsdaRuleBase {

    Rule301() {
        super("301", "Date of birth falls after the year ended.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> after(r.date("DOB"), t.end()), "DOB");
    }
}
