package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8832: no child protection plan on a referral with no further action. */
final class Rule8832 extends CinRuleBase {

    Rule8832() {
        super("8832", "Child Protection details provided for a referral with no further action.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildProtectionPlan p : t.childProtectionPlans()) {
            CinTables.CinDetails d = t.episode(p.laChildId(), p.cinDetailsId());
            if (d != null && d.nfa()) {
                found.add(finding(p.laChildId(), "CPPstartDate", "ReferralNFA"));
            }
        }
        return found;
    }
}
