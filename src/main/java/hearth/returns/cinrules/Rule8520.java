package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8520: a child is born by the reference date. */
final class Rule8520 extends CinRuleBase {

    Rule8520() {
        super("8520", "Date of Birth is after data collection period (must be on or before the end of the census period)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (after(c.birthDate(), t.censusEnd())) {
                found.add(finding(c.laChildId(), "PersonBirthDate"));
            }
        }
        return found;
    }
}
