package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 354: DEC is not after the year end. */
final class Rule354 extends SsdaRuleBase {

    Rule354() {
        super("354", "Date episode ceased must be on or before the end of the current collection year.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> after(r.date("DEC"), t.end()), "DEC");
    }
}
