package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;

/** DfE rule 624: the date of birth of a mother's first child is the same as recorded last year. */
final class Rule624 extends SsdaLastYearRule {

    Rule624() {
        super("624", "Date of birth of the first child contradicts the date of birth of the first child "
                + "previously recorded.",
                "Header", "Header_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, SsdaRow> before = last.headerByChild();
        return where(now.header(), r -> before.containsKey(r.child()) && before.get(r.child()).has("MC_DOB")
                && !r.text("MC_DOB").equals(before.get(r.child()).text("MC_DOB")), "MC_DOB");
    }
}
