package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2884: a conference is recorded once. */
final class Rule2884 extends CinRuleBase {

    Rule2884() {
        super("2884", "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Section47 s : t.section47()) {
            CinTables.CinDetails d = t.episode(s.laChildId(), s.cinDetailsId());
            if (d != null && s.dateOfInitialCpc() != null && s.dateOfInitialCpc().equals(d.dateOfInitialCpc())) {
                found.add(finding(s.laChildId(), "DateOfInitialCPC"));
            }
        }
        return found;
    }
}
