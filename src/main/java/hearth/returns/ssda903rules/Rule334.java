package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 334: the should-be-placed decision is not before the latest period of care began. */
final class Rule334 extends SsdaRuleBase {

    Rule334() {
        super("334", "Date child started to be looked after in latest period of care must be on or prior to "
                + "the date should be placed for adoption.",
                "AD1", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> t.lastEpisode(r.child()) != null
                && before(r.date("DATE_INT"), t.periodStart(r.child(), t.lastEpisode(r.child()))), "DATE_INT");
    }
}
