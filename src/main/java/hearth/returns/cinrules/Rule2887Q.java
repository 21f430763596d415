package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 2887Q: the return uses at least 8 different disability codes (one finding for the return). */
final class Rule2887Q extends CinRuleBase {

    Rule2887Q() {
        super("2887Q", "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        long used = t.disabilities().stream().map(CinTables.Disability::code)
                .filter(c -> c != null && CinCodeSets.DISABILITY.contains(c) && !c.equals("NONE")).distinct().count();
        if (used < 8) {
            found.add(finding(null, "Disability"));
        }
        return found;
    }
}
