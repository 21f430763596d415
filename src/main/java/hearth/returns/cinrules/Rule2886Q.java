package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2886Q: at most 2% of born children have sex U (one finding for the return). */
final class Rule2886Q extends CinRuleBase {

    Rule2886Q() {
        super("2886Q", "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        List<CinTables.ChildIdentifiers> born = t.childIdentifiers().stream().filter(c -> !c.unborn()).toList();
        long unknown = born.stream().filter(c -> "U".equals(c.sex())).count();
        if (!born.isEmpty() && unknown * 100.0 / born.size() > 2.0) {
            found.add(finding(null, "Sex"));
        }
        return found;
    }
}
