package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8898: each factor once per assessment. */
final class Rule8898 extends CinRuleBase {

    Rule8898() {
        super("8898", "The assessment has more than one parental or child factors with the same code");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Assessment a : t.assessments()) {
            List<String> factors = Factors.of(t, a);
            if (factors.size() != new java.util.HashSet<>(factors).size()) {
                found.add(finding(a.laChildId(), "AssessmentFactors"));
            }
        }
        return found;
    }
}
