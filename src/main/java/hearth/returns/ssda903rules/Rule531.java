package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 531: a voluntary provider (PR5) does not place with parents. */
final class Rule531 extends SsdaRuleBase {

    Rule531() {
        super("531", "A placement provider code of PR5 cannot be associated with placements P1.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE_PROVIDER", "PR5")
                && r.is("PLACE", "P1"), "PLACE_PROVIDER", "PLACE");
    }
}
