package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 1560Q: a former UPN is a letter then 12 digits, or a letter, 11 digits and a letter. */
final class Rule1560Q extends CinRuleBase {

    Rule1560Q() {
        super("1560Q", "Please check and either amend or provide a reason: Former UPN wrongly formatted");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (c.formerUpn() != null && !CinUpn.wellFormed(c.formerUpn())) {
                found.add(finding(c.laChildId(), "FormerUPN"));
            }
        }
        return found;
    }
}
