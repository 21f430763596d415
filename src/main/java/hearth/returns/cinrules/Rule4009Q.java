package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4009Q: no CIN plan ends after death. */
final class Rule4009Q extends CinRuleBase {

    Rule4009Q() {
        super("4009Q", "CIN Plan cannot end after the child’s Date of Death");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, CinTables.ChildIdentifiers> children = t.childrenById();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            CinTables.ChildIdentifiers c = children.get(p.laChildId());
            if (c != null && after(p.endDate(), c.deathDate())) {
                found.add(finding(p.laChildId(), "CINPlanEndDate", "PersonDeathDate"));
            }
        }
        return found;
    }
}
