package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8940: a child's plans do not overlap (one may start the day another ends). */
final class Rule8940 extends CinRuleBase {

    Rule8940() {
        super("8940", "Child Protection Plan data contains overlapping dates");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        List<CinTables.ChildProtectionPlan> all = t.childProtectionPlans();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                CinTables.ChildProtectionPlan a = all.get(i);
                CinTables.ChildProtectionPlan b = all.get(j);
                if (CinTables.eq(a.laChildId(), b.laChildId())
                        && overlap(a.startDate(), a.endDate(), b.startDate(), b.endDate())) {
                    found.add(finding(a.laChildId(), "CPPstartDate", "CPPendDate"));
                }
            }
        }
        return found;
    }
}
