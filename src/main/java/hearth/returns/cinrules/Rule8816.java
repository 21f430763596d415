package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8816: the open episode is the latest. */
final class Rule8816 extends CinRuleBase {

    Rule8816() {
        super("8816", "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.closureDate() == null && !d.nfa() && d.referralDate() != null && t.cinDetails().stream()
                    .anyMatch(o -> o != d && CinTables.eq(o.laChildId(), d.laChildId())
                            && after(o.referralDate(), d.referralDate()))) {
                found.add(finding(d.laChildId(), "CINclosureDate", "CINreferralDate"));
            }
        }
        return found;
    }
}
