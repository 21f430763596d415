package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 530: a private provider (PR4) does not place with parents. */
final class Rule530 extends SsdaRuleBase {

    Rule530() {
        super("530", "A placement provider code of PR4 cannot be associated with placement P1.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE_PROVIDER", "PR4")
                && r.is("PLACE", "P1"), "PLACE_PROVIDER", "PLACE");
    }
}
