package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8842Q: every review has a date. */
final class Rule8842Q extends CinRuleBase {

    Rule8842Q() {
        super("8842Q", "Please check and either amend or provide a reason: Review Record has a missing date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Review r : t.reviews()) {
            if (r.reviewDate() == null) {
                found.add(finding(r.laChildId(), "CPPreviewDate"));
            }
        }
        return found;
    }
}
