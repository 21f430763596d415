package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8750: an unborn child's sex is U. */
final class Rule8750 extends CinRuleBase {

    Rule8750() {
        super("8750", "Sex must equal U for an unborn child");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (c.unborn() && !"U".equals(c.sex())) {
                found.add(finding(c.laChildId(), "Sex", "ExpectedPersonBirthDate"));
            }
        }
        return found;
    }
}
