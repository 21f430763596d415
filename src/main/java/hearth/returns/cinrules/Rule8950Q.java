package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8950Q: 19A is retired. */
final class Rule8950Q extends CinRuleBase {

    Rule8950Q() {
        super("8950Q", "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.AssessmentFactor f : t.assessmentFactors()) {
            if ("19A".equals(f.factor())) {
                found.add(finding(f.laChildId(), "AssessmentFactors"));
            }
        }
        return found;
    }
}
