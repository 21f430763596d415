package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8910: NEG, PHY, SAB, EMO or MUL. */
final class Rule8910 extends CinRuleBase {

    Rule8910() {
        super("8910", "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            if (p.latestCategory() == null || !CinCodeSets.CATEGORY_OF_ABUSE.contains(p.latestCategory())) {
                found.add(finding(p.laChildId(), "LatestCategoryOfAbuse"));
            }
        }
        return found;
    }
}
