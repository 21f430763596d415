package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 148: DEC and REC are both given or both blank. */
final class Rule148 extends SsdaRuleBase {

    Rule148() {
        super("148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.has("DEC") != r.has("REC"), "DEC", "REC");
    }
}
