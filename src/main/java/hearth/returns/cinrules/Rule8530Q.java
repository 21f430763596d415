package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8530Q: an unborn child is expected between 1 March and 31 December of the year the census ends. */
final class Rule8530Q extends CinRuleBase {

    Rule8530Q() {
        super("8530Q", "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        LocalDate end = t.censusEnd();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            LocalDate expected = c.expectedBirthDate();
            if (expected != null && end != null && (expected.isBefore(LocalDate.of(end.getYear(), 3, 1))
                    || expected.isAfter(LocalDate.of(end.getYear(), 12, 31)))) {
                found.add(finding(c.laChildId(), "ExpectedPersonBirthDate"));
            }
        }
        return found;
    }
}
