package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8720: a plan starts on or before the reference date. */
final class Rule8720 extends CinRuleBase {

    Rule8720() {
        super("8720", "Child Protection Plan Start Date missing or out of data collection period");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            if (p.startDate() == null || after(p.startDate(), t.censusEnd())) {
                found.add(finding(p.laChildId(), "CPPstartDate"));
            }
        }
        return found;
    }
}
