package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2888Q: some disabled child has more than one code recorded (one finding for the return). */
final class Rule2888Q extends CinRuleBase {

    Rule2888Q() {
        super("2888Q", "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, Long> perChild = t.disabilities().stream()
                .filter(d -> d.code() != null && !d.code().equals("NONE"))
                .collect(Collectors.groupingBy(d -> String.valueOf(d.laChildId()), Collectors.counting()));
        if (!perChild.isEmpty() && perChild.values().stream().allMatch(n -> n == 1)) {
            found.add(finding(null, "Disability"));
        }
        return found;
    }
}
