package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 141: DECOM is a real date. */
final class Rule141 extends SsdaRuleBase {

    Rule141() {
        super("141", "Date episode began is not a valid date.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.date("DECOM") == null, "DECOM");
    }
}
