package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8810: a reason only with a closure date. */
final class Rule8810 extends CinRuleBase {

    Rule8810() {
        super("8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.closureDate() == null && !blank(d.reasonForClosure())) {
                found.add(finding(d.laChildId(), "ReasonForClosure", "CINclosureDate"));
            }
        }
        return found;
    }
}
