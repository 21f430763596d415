package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule SW06STG2: a social worker episode starts by the year end. */
final class RuleSW06STG2 extends SsdaRuleBase {

    RuleSW06STG2() {
        super("SW06STG2", "Social worker episode data should be within the social worker data reporting year.",
                "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.socialWorkers(), r -> after(r.date("SW_DECOM"), t.end()), "SW_DECOM");
    }
}
