package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4014: a child's CIN plans do not overlap (one may start the day another ends). */
final class Rule4014 extends CinRuleBase {

    Rule4014() {
        super("4014", "CIN Plan data contains overlapping dates");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        List<CinTables.CinPlanDates> all = t.cinPlanDates();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                CinTables.CinPlanDates a = all.get(i);
                CinTables.CinPlanDates b = all.get(j);
                if (CinTables.eq(a.laChildId(), b.laChildId())
                        && overlap(a.startDate(), a.endDate(), b.startDate(), b.endDate())) {
                    found.add(finding(a.laChildId(), "CINPlanStartDate", "CINPlanEndDate"));
                }
            }
        }
        return found;
    }
}
