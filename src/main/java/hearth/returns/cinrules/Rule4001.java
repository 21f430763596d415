package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4001: a child is not on a CIN plan and a child protection plan at once (one may start the day the other ends). */
final class Rule4001 extends CinRuleBase {

    Rule4001() {
        super("4001", "A CIN Plan cannot run concurrently with a Child Protection Plan");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            for (CinTables.ChildProtectionPlan c : t.childProtectionPlans()) {
                if (CinTables.eq(p.laChildId(), c.laChildId())
                        && overlap(p.startDate(), p.endDate(), c.startDate(), c.endDate())) {
                    found.add(finding(p.laChildId(), "CINPlanStartDate", "CINPlanEndDate", "CPPstartDate",
                            "CPPendDate"));
                }
            }
        }
        return found;
    }
}
