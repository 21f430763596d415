package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * DfE rule 4017: a child protection plan does not start while a CIN plan is open - on or after the CIN plan's start
 * and before its end (or, with no end, up to the reference date). Starting the day the CIN plan ends is allowed.
 */
final class Rule4017 extends CinRuleBase {

    Rule4017() {
        super("4017", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        LocalDate reference = t.censusEnd();
        for (CinTables.ChildProtectionPlan cpp : t.childProtectionPlans()) {
            for (CinTables.CinPlanDates plan : t.cinPlanDates()) {
                if (CinTables.eq(plan.laChildId(), cpp.laChildId())
                        && Rule4016.startsWithin(cpp.startDate(), plan.startDate(), plan.endDate(), reference)) {
                    found.add(finding(cpp.laChildId(), "CPPstartDate", "CINPlanStartDate", "CINPlanEndDate"));
                }
            }
        }
        return found;
    }
}
