package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4010: a CIN plan starts on or before the reference date. */
final class Rule4010 extends CinRuleBase {

    Rule4010() {
        super("4010", "CIN Plan start date is missing or out of data collection period");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            if (p.startDate() == null || after(p.startDate(), t.censusEnd())) {
                found.add(finding(p.laChildId(), "CINPlanStartDate"));
            }
        }
        return found;
    }
}
