package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8650: N0-N9. */
final class Rule8650 extends CinRuleBase {

    Rule8650() {
        super("8650", "Primary Need Code invalid (see Primary Need table in CIN census code set)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.primaryNeedCode() != null && !CinCodeSets.PRIMARY_NEED.contains(d.primaryNeedCode())) {
                found.add(finding(d.laChildId(), "PrimaryNeedCode"));
            }
        }
        return found;
    }
}
