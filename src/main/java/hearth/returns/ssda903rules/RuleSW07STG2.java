package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule SW07STG2: a social worker episode ends within the year. */
final class RuleSW07STG2 extends SsdaRuleBase {

    RuleSW07STG2() {
        super("SW07STG2", "Social worker episode end date should be on or after the start of the social worker "
                + "reporting period, and should be on or before the collection end date.",
                "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.socialWorkers(), r -> r.date("SW_DEC") != null && !t.inYear(r.date("SW_DEC")), "SW_DEC");
    }
}
