package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8730: every plan says how many came before (a whole number, 0 or more). */
final class Rule8730 extends CinRuleBase {

    Rule8730() {
        super("8730", "Total Number of previous Child Protection Plans missing");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            if (p.numberOfPreviousCpp() == null || !p.numberOfPreviousCpp().matches("\\d+")) {
                found.add(finding(p.laChildId(), "NumberOfPreviousCPP"));
            }
        }
        return found;
    }
}
