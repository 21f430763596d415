package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 147: DEC is a real date when given. */
final class Rule147 extends SsdaRuleBase {

    Rule147() {
        super("147", "Date episode ceased is not a valid date.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.badDate("DEC"), "DEC");
    }
}
