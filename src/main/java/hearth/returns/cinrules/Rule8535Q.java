package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8535Q: death after birth. */
final class Rule8535Q extends CinRuleBase {

    Rule8535Q() {
        super("8535Q", "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (before(c.deathDate(), c.birthDate())) {
                found.add(finding(c.laChildId(), "PersonDeathDate", "PersonBirthDate"));
            }
        }
        return found;
    }
}
