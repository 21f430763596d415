package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8630: closure on or after referral. */
final class Rule8630 extends CinRuleBase {

    Rule8630() {
        super("8630", "CIN Closure Date is before CIN Referral Date for the same CIN episode");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (before(d.closureDate(), d.referralDate())) {
                found.add(finding(d.laChildId(), "CINclosureDate", "CINreferralDate"));
            }
        }
        return found;
    }
}
