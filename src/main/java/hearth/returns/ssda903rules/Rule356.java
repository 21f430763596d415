package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 356: an episode does not end before it began. */
final class Rule356 extends SsdaRuleBase {

    Rule356() {
        super("356", "The date the episode ceased is before the date the same episode started.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> before(r.date("DEC"), r.date("DECOM")), "DECOM", "DEC");
    }
}
