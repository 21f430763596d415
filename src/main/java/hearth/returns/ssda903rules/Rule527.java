package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 527: own-provision (PR1) is not with parents, in health or in custody. */
final class Rule527 extends SsdaRuleBase {

    Rule527() {
        super("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE_PROVIDER", "PR1")
                && r.is("PLACE", "P1", "R2", "R5"), "PLACE_PROVIDER", "PLACE");
    }
}
