package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 442: every child has a UPN or an unknown code. */
final class Rule442 extends SsdaRuleBase {

    Rule442() {
        super("442", "Unique Pupil Number (UPN) field is not completed.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.blank("UPN"), "UPN");
    }
}
