package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2889: an enquiry starts on or after its referral. */
final class Rule2889 extends CinRuleBase {

    Rule2889() {
        super("2889", "The S47 start date cannot be before the referral date.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Section47 s : t.section47()) {
            CinTables.CinDetails d = t.episode(s.laChildId(), s.cinDetailsId());
            if (d != null && before(s.startDate(), d.referralDate())) {
                found.add(finding(s.laChildId(), "S47ActualStartDate", "CINreferralDate"));
            }
        }
        return found;
    }
}
