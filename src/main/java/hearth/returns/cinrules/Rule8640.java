package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DfE rule 8640: RC1-RC9. */
final class Rule8640 extends CinRuleBase {

    Rule8640() {
        super("8640", "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.CinDetails d : t.cinDetails()) {
            if (d.reasonForClosure() != null && !CinCodeSets.REASON_FOR_CLOSURE.contains(d.reasonForClosure())) {
                found.add(finding(d.laChildId(), "ReasonForClosure"));
            }
        }
        return found;
    }
}
