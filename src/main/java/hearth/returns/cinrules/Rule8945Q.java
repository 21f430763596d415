package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8945Q: 18A is retired. */
final class Rule8945Q extends CinRuleBase {

    Rule8945Q() {
        super("8945Q", "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.AssessmentFactor f : t.assessmentFactors()) {
            if ("18A".equals(f.factor())) {
                found.add(finding(f.laChildId(), "AssessmentFactors"));
            }
        }
        return found;
    }
}
