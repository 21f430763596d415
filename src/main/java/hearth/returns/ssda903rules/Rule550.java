package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 550: the parent provider code (PR0) is only for placement with parents. */
final class Rule550 extends SsdaRuleBase {

    Rule550() {
        super("550", "A placement provider code of PR0 can only be associated with placement P1.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE_PROVIDER", "PR0")
                && !r.is("PLACE", "P1"), "PLACE_PROVIDER", "PLACE");
    }
}
