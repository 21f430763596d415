package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 385: DEC is not after the year end (the DfE's second check of it). */
final class Rule385 extends SsdaRuleBase {

    Rule385() {
        super("385", "Date episode ceased must be on or before the end of the current collection year.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> after(r.date("DEC"), t.end()), "DEC");
    }
}
