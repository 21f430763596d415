package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8606: no referral more than 40 weeks before birth. */
final class Rule8606 extends CinRuleBase {

    Rule8606() {
        super("8606", "Child referral date is more than 40 weeks before DOB or expected DOB");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, CinTables.ChildIdentifiers> children = t.childrenById();
        for (CinTables.CinDetails d : t.cinDetails()) {
            CinTables.ChildIdentifiers c = children.get(d.laChildId());
            LocalDate birth = c == null ? null : c.birthDate() != null ? c.birthDate() : c.expectedBirthDate();
            if (birth != null && before(d.referralDate(), birth.minusWeeks(40))) {
                found.add(finding(d.laChildId(), "CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"));
            }
        }
        return found;
    }
}
