package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8870Q: target dates are weekdays. */
final class Rule8870Q extends CinRuleBase {

    Rule8870Q() {
        super("8870Q", "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Section47 s : t.section47()) {
            if (weekend(s.initialCpcTarget())) {
                found.add(finding(s.laChildId(), "InitialCPCtarget"));
            }
        }
        return found;
    }
}
