package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8772: UN7 only for children whose every referral had no further action. */
final class Rule8772 extends CinRuleBase {

    Rule8772() {
        super("8772", "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if ("UN7".equals(c.upnUnknown()) && t.cinDetails().stream()
                    .anyMatch(d -> CinTables.eq(d.laChildId(), c.laChildId()) && !d.nfa())) {
                found.add(finding(c.laChildId(), "UPNunknown", "ReferralNFA"));
            }
        }
        return found;
    }
}
