package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8775Q: children in the census are under 25 at the reference date. */
final class Rule8775Q extends CinRuleBase {

    Rule8775Q() {
        super("8775Q", "Please check and either amend data or provide a reason: Child is over 25 years old");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (c.birthDate() != null && t.censusEnd() != null && !c.birthDate().plusYears(25).isAfter(t.censusEnd())) {
                found.add(finding(c.laChildId(), "PersonBirthDate"));
            }
        }
        return found;
    }
}
