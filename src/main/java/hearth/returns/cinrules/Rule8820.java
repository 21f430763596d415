package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8820: a child's episodes do not overlap (one may start the day another closes). */
final class Rule8820 extends CinRuleBase {

    Rule8820() {
        super("8820", "The dates on the CIN episodes for this child overlap");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        List<CinTables.CinDetails> all = t.cinDetails();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                CinTables.CinDetails a = all.get(i);
                CinTables.CinDetails b = all.get(j);
                if (CinTables.eq(a.laChildId(), b.laChildId())
                        && overlap(a.referralDate(), a.closureDate(), b.referralDate(), b.closureDate())) {
                    found.add(finding(a.laChildId(), "CINreferralDate", "CINclosureDate"));
                }
            }
        }
        return found;
    }
}
