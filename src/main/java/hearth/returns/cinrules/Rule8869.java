package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8869: factor 21 (no factors identified) stands alone. */
final class Rule8869 extends CinRuleBase {

    Rule8869() {
        super("8869", "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Assessment a : t.assessments()) {
            List<String> factors = Factors.of(t, a);
            if (factors.contains("21") && factors.size() > 1) {
                found.add(finding(a.laChildId(), "AssessmentFactors"));
            }
        }
        return found;
    }
}
