package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4015: a CIN plan starts on or after its referral. */
final class Rule4015 extends CinRuleBase {

    Rule4015() {
        super("4015", "The CIN Plan start date cannot be before the referral date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinPlanDates p : t.cinPlanDates()) {
            CinTables.CinDetails d = t.episode(p.laChildId(), p.cinDetailsId());
            if (d != null && before(p.startDate(), d.referralDate())) {
                found.add(finding(p.laChildId(), "CINPlanStartDate", "CINreferralDate"));
            }
        }
        return found;
    }
}
