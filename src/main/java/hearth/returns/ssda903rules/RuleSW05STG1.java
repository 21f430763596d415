package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule SW05STG1: SW_DEC is a real date when given. */
final class RuleSW05STG1 extends SsdaRuleBase {

    RuleSW05STG1() {
        super("SW05STG1", "Date social worker episode began is not a valid date.", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.socialWorkers(), r -> r.badDate("SW_DEC"), "SW_DEC");
    }
}
