package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8805: a closed episode says why. */
final class Rule8805 extends CinRuleBase {

    Rule8805() {
        super("8805", "A CIN case cannot have a CIN closure date without a Reason for Closure");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.closureDate() != null && blank(d.reasonForClosure())) {
                found.add(finding(d.laChildId(), "CINclosureDate", "ReasonForClosure"));
            }
        }
        return found;
    }
}
