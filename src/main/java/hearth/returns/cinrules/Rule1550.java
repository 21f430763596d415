package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1550: character 13 of a UPN is a digit or a check-alphabet letter. */
final class Rule1550 extends CinRuleBase {

    Rule1550() {
        super("1550", "UPN invalid (character 13 not a recognised value)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            String upn = c.upn();
            if (upn != null && (upn.length() != 13 || !CinUpn.validLast(upn.charAt(12)))) {
                found.add(finding(c.laChildId(), "UPN"));
            }
        }
        return found;
    }
}
