package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 635: no order date or LA when the previous permanence is Z1. */
final class Rule635 extends SsdaRuleBase {

    Rule635() {
        super("635", "There are entries for date of order and local authority code where previous "
                + "permanence option was arranged but previous permanence code is Z1",
                "PrevPerm");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.prevPerm(), r -> r.is("PREV_PERM", "Z1")
                && any(r, "LA_PERM", "DATE_PERM"), "LA_PERM", "DATE_PERM");
    }
}
