package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8920: no plan ends after death. */
final class Rule8920 extends CinRuleBase {

    Rule8920() {
        super("8920", "Child Protection Plan cannot end after the child’s Date of Death");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, CinTables.ChildIdentifiers> children = t.childrenById();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            CinTables.ChildIdentifiers c = children.get(p.laChildId());
            if (c != null && after(p.endDate(), c.deathDate())) {
                found.add(finding(p.laChildId(), "CPPendDate", "PersonDeathDate"));
            }
        }
        return found;
    }
}
