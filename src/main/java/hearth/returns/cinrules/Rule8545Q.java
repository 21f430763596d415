package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8545Q: a recorded death falls in the census year. */
final class Rule8545Q extends CinRuleBase {

    Rule8545Q() {
        super("8545Q", "Please check and either amend data or provide a reason: Child's date of death should be within the census year");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (c.deathDate() != null && t.censusEnd() != null && !t.inCensusYear(c.deathDate())) {
                found.add(finding(c.laChildId(), "PersonDeathDate"));
            }
        }
        return found;
    }
}
