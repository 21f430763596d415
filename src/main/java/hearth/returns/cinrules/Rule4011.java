package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4011: a CIN plan ends on or after it starts. */
final class Rule4011 extends CinRuleBase {

    Rule4011() {
        super("4011", "CIN Plan End Date earlier than Start Date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            if (before(p.endDate(), p.startDate())) {
                found.add(finding(p.laChildId(), "CINPlanStartDate", "CINPlanEndDate"));
            }
        }
        return found;
    }
}
