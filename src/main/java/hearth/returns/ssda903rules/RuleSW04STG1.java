package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule SW04STG1: SW_DECOM is a real date. */
final class RuleSW04STG1 extends SsdaRuleBase {

    RuleSW04STG1() {
        super("SW04STG1", "Date social worker episode began is not a valid date..", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.socialWorkers(), r -> r.badDate("SW_DECOM"), "SW_DECOM");
    }
}
