package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 631: PREV_PERM is a valid code. */
final class Rule631 extends SsdaRuleBase {

    Rule631() {
        super("631", "Previous permanence option not a valid value.", "PrevPerm");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.prevPerm(), r -> missingOrInvalid(r, "PREV_PERM", SsdaCodeSets.PREV_PERM), "PREV_PERM");
    }
}
