package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1520: a UPN belongs to one child. */
final class Rule1520 extends CinRuleBase {

    Rule1520() {
        super("1520", "More than one record with the same UPN.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, Long> counts = t.childIdentifiers().stream().filter(c -> !blank(c.upn()))
                .collect(Collectors.groupingBy(CinTables.ChildIdentifiers::upn, Collectors.counting()));
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (!blank(c.upn()) && counts.get(c.upn()) > 1) {
                found.add(finding(c.laChildId(), "UPN"));
            }
        }
        return found;
    }
}
