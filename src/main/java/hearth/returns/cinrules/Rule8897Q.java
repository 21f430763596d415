package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8897Q: a completed assessment records its factors. */
final class Rule8897Q extends CinRuleBase {

    Rule8897Q() {
        super("8897Q", "Please check and either amend data or provide a reason: Parental or child factors at assessment information is missing from a completed assessment");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Assessment a : t.assessments()) {
            if (a.authorisationDate() != null && Factors.of(t, a).isEmpty()) {
                found.add(finding(a.laChildId(), "AssessmentFactors", "AssessmentAuthorisationDate"));
            }
        }
        return found;
    }
}
