package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 528: another LA's provision (PR2) is not with parents, in health or in custody. */
final class Rule528 extends SsdaRuleBase {

    Rule528() {
        super("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE_PROVIDER", "PR2")
                && r.is("PLACE", "P1", "R2", "R5"), "PLACE_PROVIDER", "PLACE");
    }
}
