package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 1005: MIS_END is a real date when given. */
final class Rule1005 extends SsdaRuleBase {

    Rule1005() {
        super("1005", "The end date of the missing episode or episode that the child was away from placement "
                + "without authorisation is not a valid date.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> r.badDate("MIS_END"), "MIS_END");
    }
}
