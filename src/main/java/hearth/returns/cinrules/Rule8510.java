package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8510: one record per child. */
final class Rule8510 extends CinRuleBase {

    Rule8510() {
        super("8510", "More than one child record with the same LA Child ID");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, Long> counts = t.childIdentifiers().stream().filter(c -> !blank(c.laChildId()))
                .collect(Collectors.groupingBy(CinTables.ChildIdentifiers::laChildId, Collectors.counting()));
        counts.forEach((id, n) -> {
            if (n > 1) {
                found.add(finding(id, "LAchildID"));
            }
        });
        return found;
    }
}
