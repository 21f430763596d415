package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8740: an enquiry without a conference started in the census year. */
final class Rule8740 extends CinRuleBase {

    Rule8740() {
        super("8740", "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Section47 s : t.section47()) {
            if (s.dateOfInitialCpc() == null && t.censusEnd() != null && !t.inCensusYear(s.startDate())) {
                found.add(finding(s.laChildId(), "S47ActualStartDate", "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
