package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule SW09STG2: a social worker episode lasts more than a day. */
final class RuleSW09STG2 extends SsdaRuleBase {

    RuleSW09STG2() {
        super("SW09STG2", "Social worker episode appears to have lasted for less than 24 hours.", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.socialWorkers(), r -> r.date("SW_DECOM") != null
                && r.date("SW_DECOM").equals(r.date("SW_DEC")), "SW_DECOM", "SW_DEC");
    }
}
