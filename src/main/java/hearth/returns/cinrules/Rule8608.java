package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8608: an assessment is authorised on or after it starts. */
final class Rule8608 extends CinRuleBase {

    Rule8608() {
        super("8608", "Assessment Start Date cannot be later than its End Date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Assessment a : t.assessments()) {
            if (after(a.startDate(), a.authorisationDate())) {
                found.add(finding(a.laChildId(), "AssessmentActualStartDate", "AssessmentAuthorisationDate"));
            }
        }
        return found;
    }
}
