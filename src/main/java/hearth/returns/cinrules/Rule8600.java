package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8600: a referral date on or before the reference date. */
final class Rule8600 extends CinRuleBase {

    Rule8600() {
        super("8600", "Child referral date missing or after data collection period");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.referralDate() == null || after(d.referralDate(), t.censusEnd())) {
                found.add(finding(d.laChildId(), "CINreferralDate"));
            }
        }
        return found;
    }
}
