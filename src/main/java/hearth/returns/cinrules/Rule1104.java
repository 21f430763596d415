package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1104: a section 47 conference is on or after the referral. */
final class Rule1104 extends CinRuleBase {

    Rule1104() {
        super("1104", "The date of the initial child protection conference cannot be before the referral date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Section47 s : t.section47()) {
            CinTables.CinDetails d = t.episode(s.laChildId(), s.cinDetailsId());
            if (d != null && before(s.dateOfInitialCpc(), d.referralDate())) {
                found.add(finding(s.laChildId(), "DateOfInitialCPC", "CINreferralDate"));
            }
        }
        return found;
    }
}
