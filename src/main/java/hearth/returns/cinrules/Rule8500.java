package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8500: every child has an LA child ID. */
final class Rule8500 extends CinRuleBase {

    Rule8500() {
        super("8500", "LA Child ID missing");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (blank(c.laChildId())) {
                found.add(finding(null, "LAchildID"));
            }
        }
        return found;
    }
}
