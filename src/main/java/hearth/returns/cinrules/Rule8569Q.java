package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8569Q: an episode carried over from the previous year is not a referral with no further action. */
final class Rule8569Q extends CinRuleBase {

    Rule8569Q() {
        super("8569Q", "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        LocalDate start = t.censusStart();
        if (start == null) {
            return found;
        }
        LocalDate dayBefore = start.minusDays(1);
        while (weekend(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.nfa() && before(d.referralDate(), dayBefore)) {
                found.add(finding(d.laChildId(), "CINreferralDate", "ReferralNFA"));
            }
        }
        return found;
    }
}
