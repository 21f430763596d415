package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 355: an episode lasts more than a day. */
final class Rule355 extends SsdaRuleBase {

    Rule355() {
        super("355", "Episode appears to have lasted for less than 24 hours", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.date("DECOM") != null
                && r.date("DECOM").equals(r.date("DEC")), "DECOM", "DEC");
    }
}
