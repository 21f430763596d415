package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8568: ReferralNFA is 0, 1, true or false. */
final class Rule8568 extends CinRuleBase {

    Rule8568() {
        super("8568", "RNFA flag is missing or invalid");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.referralNfa() == null || !CinCodeSets.BOOLEAN.contains(d.referralNfa())) {
                found.add(finding(d.laChildId(), "ReferralNFA"));
            }
        }
        return found;
    }
}
