package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4004: at most one open CIN plan per child. */
final class Rule4004 extends CinRuleBase {

    Rule4004() {
        super("4004", "This child is showing more than one open CIN Plan, i.e. with no End Date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, Long> open = t.cinPlanDates().stream().filter(p -> p.endDate() == null)
                .collect(Collectors.groupingBy(p -> String.valueOf(p.laChildId()), Collectors.counting()));
        open.forEach((id, n) -> {
            if (n > 1) {
                found.add(finding(id, "CINPlanEndDate"));
            }
        });
        return found;
    }
}
