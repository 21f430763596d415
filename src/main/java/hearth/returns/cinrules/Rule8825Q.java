package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8825Q: RC8/RC9 need an assessment. */
final class Rule8825Q extends CinRuleBase {

    Rule8825Q() {
        super("8825Q", "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (("RC8".equals(d.reasonForClosure()) || "RC9".equals(d.reasonForClosure()))
                    && EpisodeActivity.assessments(t, d) == 0) {
                found.add(finding(d.laChildId(), "ReasonForClosure", "Assessments"));
            }
        }
        return found;
    }
}
