package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8840: a plan lasts more than a day. */
final class Rule8840 extends CinRuleBase {

    Rule8840() {
        super("8840", "Child Protection Plan cannot start and end on the same day");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            if (p.startDate() != null && p.startDate().equals(p.endDate())) {
                found.add(finding(p.laChildId(), "CPPstartDate", "CPPendDate"));
            }
        }
        return found;
    }
}
