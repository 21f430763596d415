package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8867: a closed episode's assessments are authorised. */
final class Rule8867 extends CinRuleBase {

    Rule8867() {
        super("8867", "CIN episode is shown as closed, however Assessment is not shown as completed");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.closureDate() != null && t.assessments().stream().anyMatch(a ->
                    EpisodeActivity.same(d, a.laChildId(), a.cinDetailsId()) && a.authorisationDate() == null)) {
                found.add(finding(d.laChildId(), "CINclosureDate", "AssessmentAuthorisationDate"));
            }
        }
        return found;
    }
}
