package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8930: plans end in the census year. */
final class Rule8930 extends CinRuleBase {

    Rule8930() {
        super("8930", "Child Protection Plan End Date must fall within the census year");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            if (p.endDate() != null && t.censusEnd() != null && !t.inCensusYear(p.endDate())) {
                found.add(finding(p.laChildId(), "CPPendDate"));
            }
        }
        return found;
    }
}
