package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8675Q: an enquiry still waiting for its conference at the year end started within 15 working days (weekdays; bank holidays not counted here). */
final class Rule8675Q extends CinRuleBase {

    Rule8675Q() {
        super("8675Q", "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        LocalDate end = t.censusEnd();
        for (CinTables.Section47 s : t.section47()) {
            if (end != null && s.dateOfInitialCpc() == null && !s.icpcNotNeeded() && s.startDate() != null
                    && s.startDate().isBefore(end) && weekdaysBetween(s.startDate(), end) > 15) {
                found.add(finding(s.laChildId(), "S47ActualStartDate", "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
