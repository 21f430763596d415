package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 1004: MIS_START is a real date. */
final class Rule1004 extends SsdaRuleBase {

    Rule1004() {
        super("1004", "The start date of the missing episode or episode that the child was away from "
                + "placement without authorisation is not a valid date.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> r.badDate("MIS_START"), "MIS_START");
    }
}
