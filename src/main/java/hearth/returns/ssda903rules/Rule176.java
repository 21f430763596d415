package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 176: SEX_ADOPTR is a valid code when given. */
final class Rule176 extends SsdaRuleBase {

    Rule176() {
        super("176", "The gender of adopter(s) at the date of adoption code is not a valid code.", "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> invalid(r, "SEX_ADOPTR", SsdaCodeSets.SEX_ADOPTR), "SEX_ADOPTR");
    }
}
