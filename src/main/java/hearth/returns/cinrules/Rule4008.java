package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4008: no CIN plan starts after death. */
final class Rule4008 extends CinRuleBase {

    Rule4008() {
        super("4008", "CIN Plan shown as starting after the child’s Date of Death.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, CinTables.ChildIdentifiers> children = t.childrenById();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            CinTables.ChildIdentifiers c = children.get(p.laChildId());
            if (c != null && after(p.startDate(), c.deathDate())) {
                found.add(finding(p.laChildId(), "CINPlanStartDate", "PersonDeathDate"));
            }
        }
        return found;
    }
}
