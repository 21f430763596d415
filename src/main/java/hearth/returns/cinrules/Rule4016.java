package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * DfE rule 4016: a CIN plan does not start while a child protection plan is open - on or after the protection plan's
 * start and before its end (or, with no end, up to the reference date). Starting the day the protection plan ends
 * is the normal step down. Rule 4017 is the other way round: a protection plan starting during a CIN plan.
 */
final class Rule4016 extends CinRuleBase {

    Rule4016() {
        super("4016", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        LocalDate reference = t.censusEnd();
        for (CinTables.CinPlanDates plan : t.cinPlanDates()) {
            for (CinTables.ChildProtectionPlan cpp : t.childProtectionPlans()) {
                if (CinTables.eq(plan.laChildId(), cpp.laChildId())
                        && startsWithin(plan.startDate(), cpp.startDate(), cpp.endDate(), reference)) {
                    found.add(finding(plan.laChildId(), "CINPlanStartDate", "CPPstartDate", "CPPendDate"));
                }
            }
        }
        return found;
    }

    /** True when {@code date} is on or after {@code start} and before {@code end} (or up to the reference date). */
    static boolean startsWithin(LocalDate date, LocalDate start, LocalDate end, LocalDate reference) {
        if (date == null || start == null || date.isBefore(start)) {
            return false;
        }
        return end != null ? date.isBefore(end) : reference != null && !date.isAfter(reference);
    }
}
