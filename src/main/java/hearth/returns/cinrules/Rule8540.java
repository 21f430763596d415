package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8540: disability codes are from the census table. */
final class Rule8540 extends CinRuleBase {

    Rule8540() {
        super("8540", "Child’s disability is missing or invalid (see Disability table)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.Disability d : t.disabilities()) {
            if (d.code() == null || !CinCodeSets.DISABILITY.contains(d.code())) {
                found.add(finding(d.laChildId(), "Disability"));
            }
        }
        return found;
    }
}
