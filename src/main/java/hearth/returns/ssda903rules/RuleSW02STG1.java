package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule SW02STG1: the social worker ID begins SW or XX. */
final class RuleSW02STG1 extends SsdaRuleBase {

    RuleSW02STG1() {
        super("SW02STG1", "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.socialWorkers(), r -> r.has("SW_ID") && !r.text("SW_ID").startsWith("SW")
                && !r.text("SW_ID").startsWith("XX"), "SW_ID");
    }
}
