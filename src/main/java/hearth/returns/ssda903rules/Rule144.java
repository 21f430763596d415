package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 144: LS is a valid code. */
final class Rule144 extends SsdaRuleBase {

    Rule144() {
        super("144", "The legal status code is not a valid code.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> missingOrInvalid(r, "LS", SsdaCodeSets.LS), "LS");
    }
}
