package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4013: CIN plans end in the census year. */
final class Rule4013 extends CinRuleBase {

    Rule4013() {
        super("4013", "CIN Plan end date must fall within the census year");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            if (p.endDate() != null && t.censusEnd() != null && !t.inCensusYear(p.endDate())) {
                found.add(finding(p.laChildId(), "CINPlanEndDate"));
            }
        }
        return found;
    }
}
