package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8610: a referral with further action has a primary need. */
final class Rule8610 extends CinRuleBase {

    Rule8610() {
        super("8610", "Primary Need code is missing for a referral which led to further action.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (!d.nfa() && blank(d.primaryNeedCode())) {
                found.add(finding(d.laChildId(), "PrimaryNeedCode", "ReferralNFA"));
            }
        }
        return found;
    }
}
