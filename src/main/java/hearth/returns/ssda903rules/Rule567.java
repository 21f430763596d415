package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 567: a missing period does not end before it started. */
final class Rule567 extends SsdaRuleBase {

    Rule567() {
        super("567", "The date that the missing episode or episode that the child was away from placement "
                + "without authorisation ended is before the date that it started.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> before(r.date("MIS_END"), r.date("MIS_START")), "MIS_START", "MIS_END");
    }
}
