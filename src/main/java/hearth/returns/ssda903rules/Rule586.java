package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 586: a missing period does not start before the child was born. */
final class Rule586 extends SsdaRuleBase {

    Rule586() {
        super("586", "Dates of missing periods are before child’s date of birth.", "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> before(r.date("MIS_START"), r.date("DOB")), "MIS_START");
    }
}
