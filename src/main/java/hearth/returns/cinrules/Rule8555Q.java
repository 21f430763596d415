package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8555Q: no referral after death. */
final class Rule8555Q extends CinRuleBase {

    Rule8555Q() {
        super("8555Q", "Child cannot be referred after its recorded date of death");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, CinTables.ChildIdentifiers> children = t.childrenById();
        for (CinTables.CinDetails d : t.cinDetails()) {
            CinTables.ChildIdentifiers c = children.get(d.laChildId());
            if (c != null && after(d.referralDate(), c.deathDate())) {
                found.add(finding(d.laChildId(), "CINreferralDate", "PersonDeathDate"));
            }
        }
        return found;
    }
}
