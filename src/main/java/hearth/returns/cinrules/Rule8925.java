package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8925: a plan ends on or after it starts. */
final class Rule8925 extends CinRuleBase {

    Rule8925() {
        super("8925", "Child Protection Plan End Date earlier than Start Date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            if (before(p.endDate(), p.startDate())) {
                found.add(finding(p.laChildId(), "CPPstartDate", "CPPendDate"));
            }
        }
        return found;
    }
}
