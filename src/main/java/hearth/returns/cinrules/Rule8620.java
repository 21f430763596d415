package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8620: episodes close in the census year. */
final class Rule8620 extends CinRuleBase {

    Rule8620() {
        super("8620", "CIN Closure Date present and does not fall within the Census year");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.closureDate() != null && t.censusEnd() != null && !t.inCensusYear(d.closureDate())) {
                found.add(finding(d.laChildId(), "CINclosureDate"));
            }
        }
        return found;
    }
}
