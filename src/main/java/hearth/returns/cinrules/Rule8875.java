package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8875: conferences are held on weekdays. */
final class Rule8875 extends CinRuleBase {

    Rule8875() {
        super("8875", "The Date of Initial Child Protection Conference cannot be a weekend");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Section47 s : t.section47()) {
            if (weekend(s.dateOfInitialCpc())) {
                found.add(finding(s.laChildId(), "DateOfInitialCPC"));
            }
        }
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (weekend(d.dateOfInitialCpc())) {
                found.add(finding(d.laChildId(), "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
