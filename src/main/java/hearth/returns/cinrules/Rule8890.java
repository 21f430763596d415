package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8890: a child's enquiries do not overlap (an enquiry runs from its start to its conference). */
final class Rule8890 extends CinRuleBase {

    Rule8890() {
        super("8890", "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        List<CinTables.Section47> all = t.section47();
        for (CinTables.Section47 a : all) {
            for (CinTables.Section47 b : all) {
                if (a != b && CinTables.eq(a.laChildId(), b.laChildId()) && a.startDate() != null
                        && b.startDate() != null && b.startDate().isAfter(a.startDate())
                        && !a.icpcNotNeeded() && (a.dateOfInitialCpc() == null
                                || b.startDate().isBefore(a.dateOfInitialCpc()))) {
                    found.add(finding(b.laChildId(), "S47ActualStartDate", "DateOfInitialCPC"));
                }
            }
        }
        return found;
    }
}
