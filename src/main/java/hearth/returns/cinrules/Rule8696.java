package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8696: assessments are authorised in the census year. */
final class Rule8696 extends CinRuleBase {

    Rule8696() {
        super("8696", "Assessment end date must fall within the census year");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Assessment a : t.assessments()) {
            if (a.authorisationDate() != null && t.censusEnd() != null && !t.inCensusYear(a.authorisationDate())) {
                found.add(finding(a.laChildId(), "AssessmentAuthorisationDate"));
            }
        }
        return found;
    }
}
