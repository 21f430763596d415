package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2991Q: a section 47 enquiry comes with an assessment. */
final class Rule2991Q extends CinRuleBase {

    Rule2991Q() {
        super("2991Q", "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (EpisodeActivity.enquiries(t, d) > 0 && EpisodeActivity.assessments(t, d) == 0) {
                found.add(finding(d.laChildId(), "Section47", "Assessments"));
            }
        }
        return found;
    }
}
