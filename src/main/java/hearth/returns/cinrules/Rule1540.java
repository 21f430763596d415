package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1540: characters 5 to 12 of a UPN are digits. */
final class Rule1540 extends CinRuleBase {

    Rule1540() {
        super("1540", "UPN invalid (characters 5-12 not all numeric)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            String upn = c.upn();
            if (upn != null && (upn.length() < 12 || !upn.substring(4, 12).chars().allMatch(Character::isDigit))) {
                found.add(finding(c.laChildId(), "UPN"));
            }
        }
        return found;
    }
}
