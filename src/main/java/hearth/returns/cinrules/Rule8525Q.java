package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8525Q: exactly one of the birth dates. */
final class Rule8525Q extends CinRuleBase {

    Rule8525Q() {
        super("8525Q", "Either Date of Birth or Expected Date of Birth must be provided (but not both)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if ((c.birthDate() == null) == (c.expectedBirthDate() == null)) {
                found.add(finding(c.laChildId(), "PersonBirthDate", "ExpectedPersonBirthDate"));
            }
        }
        return found;
    }
}
