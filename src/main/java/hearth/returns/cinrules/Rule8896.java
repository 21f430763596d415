package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8896: at most one unfinished assessment per episode. */
final class Rule8896 extends CinRuleBase {

    Rule8896() {
        super("8896", "Within one CINDetails group there are 2 or more open Assessments groups");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<Integer, List<CinTables.Assessment>> open = t.assessments().stream()
                .filter(a -> a.authorisationDate() == null)
                .collect(Collectors.groupingBy(CinTables.Assessment::cinDetailsId));
        open.values().forEach(list -> {
            if (list.size() > 1) {
                found.add(finding(list.get(0).laChildId(), "AssessmentAuthorisationDate"));
            }
        });
        return found;
    }
}
