package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8915: no plan starts after death. */
final class Rule8915 extends CinRuleBase {

    Rule8915() {
        super("8915", "Child Protection Plan shown as starting after the child’s Date of Death");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, CinTables.ChildIdentifiers> children = t.childrenById();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            CinTables.ChildIdentifiers c = children.get(p.laChildId());
            if (c != null && after(p.startDate(), c.deathDate())) {
                found.add(finding(p.laChildId(), "CPPstartDate", "PersonDeathDate"));
            }
        }
        return found;
    }
}
