package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8670Q: an assessment open at the year end started within 45 working days (weekdays; bank holidays not counted here). */
final class Rule8670Q extends CinRuleBase {

    Rule8670Q() {
        super("8670Q", "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        LocalDate end = t.censusEnd();
        for (CinTables.Assessment a : t.assessments()) {
            if (end != null && a.authorisationDate() == null && a.startDate() != null
                    && a.startDate().isBefore(end) && weekdaysBetween(a.startDate(), end) > 45) {
                found.add(finding(a.laChildId(), "AssessmentActualStartDate", "AssessmentAuthorisationDate"));
            }
        }
        return found;
    }
}
