package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8715: conferences recorded in the census are in the census year. */
final class Rule8715 extends CinRuleBase {

    Rule8715() {
        super("8715", "Date of Initial Child Protection Conference must fall within the census year");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Section47 s : t.section47()) {
            if (s.dateOfInitialCpc() != null && t.censusEnd() != null && !t.inCensusYear(s.dateOfInitialCpc())) {
                found.add(finding(s.laChildId(), "DateOfInitialCPC"));
            }
        }
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.dateOfInitialCpc() != null && t.censusEnd() != null && !t.inCensusYear(d.dateOfInitialCpc())) {
                found.add(finding(d.laChildId(), "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
