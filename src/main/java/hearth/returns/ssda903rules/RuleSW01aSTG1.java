package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;

/** DfE rule SW01aSTG1: every social worker episode has its start, and one starting before April 2023 its worker. */
final class RuleSW01aSTG1 extends SsdaRuleBase {

    RuleSW01aSTG1() {
        super("SW01aSTG1", "For each social worker episode, information should be complete", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        LocalDate from = LocalDate.of(2023, 4, 1);
        return where(t.socialWorkers(), r -> r.date("SW_DECOM") == null || (r.date("SW_DECOM").isBefore(from)
                && r.blank("SW_ID")),
                "SW_ID", "SW_DECOM");
    }
}
