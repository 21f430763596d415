package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 175: NB_ADOPTR is 1 or 2 when given. */
final class Rule175 extends SsdaRuleBase {

    Rule175() {
        super("175", "The number of adopter(s) code is not a valid code.", "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> invalid(r, "NB_ADOPTR", SsdaCodeSets.NB_ADOPTR), "NB_ADOPTR");
    }
}
