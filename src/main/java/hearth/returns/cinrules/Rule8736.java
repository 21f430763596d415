package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8736: an unfinished assessment started in the census year. */
final class Rule8736 extends CinRuleBase {

    Rule8736() {
        super("8736", "For an Assessment that has not been completed, the start date must fall within the census year");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Assessment a : t.assessments()) {
            if (a.authorisationDate() == null && t.censusEnd() != null && !t.inCensusYear(a.startDate())) {
                found.add(finding(a.laChildId(), "AssessmentActualStartDate"));
            }
        }
        return found;
    }
}
