package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 4180: sex is M, F or U. */
final class Rule4180 extends CinRuleBase {

    Rule4180() {
        super("4180", "Sex must be provided and equal M, F, or U");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (c.sex() == null || !CinCodeSets.SEX.contains(c.sex())) {
                found.add(finding(c.laChildId(), "Sex"));
            }
        }
        return found;
    }
}
