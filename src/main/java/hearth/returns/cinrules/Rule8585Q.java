package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8585Q: RC2 needs a date of death. */
final class Rule8585Q extends CinRuleBase {

    Rule8585Q() {
        super("8585Q", "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, CinTables.ChildIdentifiers> children = t.childrenById();
        for (CinTables.CinDetails d : t.cinDetails()) {
            CinTables.ChildIdentifiers c = children.get(d.laChildId());
            if ("RC2".equals(d.reasonForClosure()) && (c == null || c.deathDate() == null)) {
                found.add(finding(d.laChildId(), "ReasonForClosure", "PersonDeathDate"));
            }
        }
        return found;
    }
}
