package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8794: each disability once per child. */
final class Rule8794 extends CinRuleBase {

    Rule8794() {
        super("8794", "Child has two or more disabilities with the same code");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, List<String>> byChild = t.disabilities().stream().filter(d -> d.code() != null)
                .collect(Collectors.groupingBy(d -> String.valueOf(d.laChildId()),
                        Collectors.mapping(CinTables.Disability::code, Collectors.toList())));
        byChild.forEach((id, codes) -> {
            if (codes.size() != new java.util.HashSet<>(codes).size()) {
                found.add(finding(id, "Disability"));
            }
        });
        return found;
    }
}
