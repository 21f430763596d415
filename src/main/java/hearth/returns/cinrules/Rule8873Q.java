package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8873Q: a closed episode whose only assessment found no factors was closed RC8 or RC9. */
final class Rule8873Q extends CinRuleBase {

    Rule8873Q() {
        super("8873Q", "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            List<CinTables.Assessment> mine = t.assessments().stream()
                    .filter(a -> EpisodeActivity.same(d, a.laChildId(), a.cinDetailsId())).toList();
            if (d.closureDate() != null && mine.size() == 1 && mine.get(0).authorisationDate() != null
                    && Factors.of(t, mine.get(0)).equals(List.of("21"))
                    && !("RC8".equals(d.reasonForClosure()) || "RC9".equals(d.reasonForClosure()))) {
                found.add(finding(d.laChildId(), "AssessmentFactors", "ReasonForClosure"));
            }
        }
        return found;
    }
}
