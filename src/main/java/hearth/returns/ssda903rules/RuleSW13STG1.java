package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule SW13STG1: SW_REASON is a valid code when given. */
final class RuleSW13STG1 extends SsdaRuleBase {

    RuleSW13STG1() {
        super("SW13STG1", "The reason for social worker change is not valid.", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.socialWorkers(), r -> invalid(r, "SW_REASON", SsdaCodeSets.SW_REASON), "SW_REASON");
    }
}
