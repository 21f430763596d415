package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1105: a plan starts on or after the referral. */
final class Rule1105 extends CinRuleBase {

    Rule1105() {
        super("1105", "The child protection plan start date cannot be before the referral date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            CinTables.CinDetails d = t.episode(p.laChildId(), p.cinDetailsId());
            if (d != null && before(p.startDate(), d.referralDate())) {
                found.add(finding(p.laChildId(), "CPPstartDate", "CINreferralDate"));
            }
        }
        return found;
    }
}
