package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1580: LA child IDs are letters and digits only. */
final class Rule1580 extends CinRuleBase {

    Rule1580() {
        super("1580", "LA Child ID must not contain any non-alphanumeric characters");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (c.laChildId() != null && !c.laChildId().matches("[A-Za-z0-9]+")) {
                found.add(finding(c.laChildId(), "LAchildID"));
            }
        }
        return found;
    }
}
