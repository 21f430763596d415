package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 570: a missing period does not start after the year end. */
final class Rule570 extends SsdaRuleBase {

    Rule570() {
        super("570", "The date that the child started to be missing or away from placement without "
                + "authorisation is after the end of the collection year.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> after(r.date("MIS_START"), t.end()), "MIS_START");
    }
}
