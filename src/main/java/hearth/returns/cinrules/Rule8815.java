package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8815: at most one open episode with further action per child. */
final class Rule8815 extends CinRuleBase {

    Rule8815() {
        super("8815", "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, Long> open = t.cinDetails().stream().filter(d -> d.closureDate() == null && !d.nfa())
                .collect(Collectors.groupingBy(d -> String.valueOf(d.laChildId()), Collectors.counting()));
        open.forEach((id, n) -> {
            if (n > 1) {
                found.add(finding(id, "CINclosureDate", "ReferralNFA"));
            }
        });
        return found;
    }
}
