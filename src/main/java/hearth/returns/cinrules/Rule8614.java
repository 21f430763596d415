package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8614: factors only on an authorised assessment. */
final class Rule8614 extends CinRuleBase {

    Rule8614() {
        super("8614", "Parental or child factors at assessment should only be present for a completed assessment.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Assessment a : t.assessments()) {
            if (a.authorisationDate() == null && Factors.of(t, a).size() > 0) {
                found.add(finding(a.laChildId(), "AssessmentFactors", "AssessmentAuthorisationDate"));
            }
        }
        return found;
    }
}
