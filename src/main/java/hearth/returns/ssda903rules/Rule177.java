package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 177: LS_ADOPTR is a valid code when given. */
final class Rule177 extends SsdaRuleBase {

    Rule177() {
        super("177", "The legal status of adopter(s) code is not a valid code.", "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> invalid(r, "LS_ADOPTR", SsdaCodeSets.LS_ADOPTR), "LS_ADOPTR");
    }
}
