package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8615: an enquiry starts on or before its conference. */
final class Rule8615 extends CinRuleBase {

    Rule8615() {
        super("8615", "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Section47 s : t.section47()) {
            if (s.startDate() == null || after(s.startDate(), s.dateOfInitialCpc())) {
                found.add(finding(s.laChildId(), "S47ActualStartDate", "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
