package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8790: NONE stands alone. */
final class Rule8790 extends CinRuleBase {

    Rule8790() {
        super("8790", "Disability information includes both None and other values");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, List<String>> byChild = t.disabilities().stream().filter(d -> d.code() != null)
                .collect(Collectors.groupingBy(d -> String.valueOf(d.laChildId()),
                        Collectors.mapping(CinTables.Disability::code, Collectors.toList())));
        byChild.forEach((id, codes) -> {
            if (codes.contains("NONE") && codes.size() > 1 && codes.stream().anyMatch(c -> !c.equals("NONE"))) {
                found.add(finding(id, "Disability"));
            }
        });
        return found;
    }
}
