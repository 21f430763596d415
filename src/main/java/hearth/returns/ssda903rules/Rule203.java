package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;

/** DfE rule 203: the child's date of birth is the same as last year's. */
final class Rule203 extends SsdaLastYearRule {

    Rule203() {
        super("203", "Date of birth disagrees with the date of birth already recorded for this child.",
                "Header", "Header_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, SsdaRow> before = last.headerByChild();
        return where(now.header(), r -> before.containsKey(r.child()) && !sameDate(r, before.get(r.child()), "DOB"),
                "DOB");
    }
}
