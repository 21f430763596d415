package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4000: no CIN plan on a referral with no further action. */
final class Rule4000 extends CinRuleBase {

    Rule4000() {
        super("4000", "CIN Plan details provided for a referral with no further action");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            CinTables.CinDetails d = t.episode(p.laChildId(), p.cinDetailsId());
            if (d != null && d.nfa()) {
                found.add(finding(p.laChildId(), "CINPlanStartDate", "ReferralNFA"));
            }
        }
        return found;
    }
}
