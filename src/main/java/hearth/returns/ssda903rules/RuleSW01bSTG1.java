package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;

/** DfE rule SW01bSTG1: a social worker episode from April 2023 has its worker and the reason for the change. */
final class RuleSW01bSTG1 extends SsdaRuleBase {

    RuleSW01bSTG1() {
        super("SW01bSTG1", "For each social worker episode, information should be complete", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        LocalDate from = LocalDate.of(2023, 4, 1);
        return where(t.socialWorkers(), r -> r.date("SW_DECOM") == null
                || (!r.date("SW_DECOM").isBefore(from)
                        && anyBlank(r, "SW_ID", "SW_REASON")), "SW_ID", "SW_DECOM", "SW_REASON");
    }
}
