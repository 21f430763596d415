package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4012Q: a CIN plan lasts more than a day. */
final class Rule4012Q extends CinRuleBase {

    Rule4012Q() {
        super("4012Q", "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            if (p.startDate() != null && p.startDate().equals(p.endDate())) {
                found.add(finding(p.laChildId(), "CINPlanStartDate", "CINPlanEndDate"));
            }
        }
        return found;
    }
}
