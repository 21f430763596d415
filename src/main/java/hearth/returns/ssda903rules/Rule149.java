package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 149: REC is a valid code when given. */
final class Rule149 extends SsdaRuleBase {

    Rule149() {
        super("149", "Reason episode ceased code is not valid.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> invalid(r, "REC", SsdaCodeSets.REC), "REC");
    }
}
