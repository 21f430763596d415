package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1570: LA child IDs are at most 20 characters. */
final class Rule1570 extends CinRuleBase {

    Rule1570() {
        super("1570", "LA Child ID must not be longer than 20 characters");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (c.laChildId() != null && c.laChildId().length() > 20) {
                found.add(finding(c.laChildId(), "LAchildID"));
            }
        }
        return found;
    }
}
