package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1510: the first character of a UPN is its check letter (DfE algorithm: characters 2-13 weighted 2-13, sum modulo 23). */
final class Rule1510 extends CinRuleBase {

    Rule1510() {
        super("1510", "UPN invalid (wrong check letter at character 1)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            String upn = c.upn();
            if (upn != null && upn.length() == 13) {
                Character expected = CinUpn.checkLetter(upn);
                if (expected != null && Character.toUpperCase(upn.charAt(0)) != expected) {
                    found.add(finding(c.laChildId(), "UPN"));
                }
            }
        }
        return found;
    }
}
