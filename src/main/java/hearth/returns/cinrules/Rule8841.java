package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8841: reviews come after the plan starts. */
final class Rule8841 extends CinRuleBase {

    Rule8841() {
        super("8841", "The review date cannot be on the same day or before the Child protection Plan start date.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Review r : t.reviews()) {
            t.childProtectionPlans().stream().filter(p -> p.cppId() == r.cppId()).findFirst().ifPresent(p -> {
                if (r.reviewDate() != null && p.startDate() != null && !r.reviewDate().isAfter(p.startDate())) {
                    found.add(finding(r.laChildId(), "CPPreviewDate", "CPPstartDate"));
                }
            });
        }
        return found;
    }
}
