package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8935: at most one open plan per child. */
final class Rule8935 extends CinRuleBase {

    Rule8935() {
        super("8935", "This child is showing more than one open Child Protection plan, i.e. with no End Date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, Long> open = t.childProtectionPlans().stream().filter(p -> p.endDate() == null)
                .collect(Collectors.groupingBy(p -> String.valueOf(p.laChildId()), Collectors.counting()));
        open.forEach((id, n) -> {
            if (n > 1) {
                found.add(finding(id, "CPPendDate"));
            }
        });
        return found;
    }
}
