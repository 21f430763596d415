package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2885: a plan starts on the day of a conference in its episode. */
final class Rule2885 extends CinRuleBase {

    Rule2885() {
        super("2885", "Child protection plan shown as starting a different day to the initial child protection conference.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            CinTables.CinDetails d = t.episode(p.laChildId(), p.cinDetailsId());
            if (d == null || p.startDate() == null || !t.inCensusYear(p.startDate())) {
                continue;
            }
            List<LocalDate> conferences = Conferences.of(t, d);
            if (!conferences.isEmpty() && !conferences.contains(p.startDate())) {
                found.add(finding(p.laChildId(), "CPPstartDate", "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
