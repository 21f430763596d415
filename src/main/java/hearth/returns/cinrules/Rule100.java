package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 100: the header's reference date must be 31 March of the census year. */
final class Rule100 extends CinRuleBase {

    Rule100() {
        super("100", "Reference Date is incorrect");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        LocalDate ref = t.header().referenceDate();
        Integer year = null;
        try {
            year = Integer.valueOf(t.header().year().trim());
        } catch (RuntimeException e) {
            // no year: the reference date cannot be right
        }
        if (ref == null || year == null || !ref.equals(LocalDate.of(year, 3, 31))) {
            found.add(finding(null, "ReferenceDate"));
        }
        return found;
    }
}
