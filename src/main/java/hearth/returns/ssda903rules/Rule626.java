package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;

/** DfE rule 626: a child recorded as not a mother last year whose first child was born before this year. */
final class Rule626 extends SsdaLastYearRule {

    Rule626() {
        super("626", "Child was reported as a mother but the date of birth of the first child is before the "
                + "current year which "
                + "contradicts with the mother status recorded last year.",
                "Header", "Header_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, SsdaRow> before = last.headerByChild();
        return where(now.header(), r -> before.containsKey(r.child()) && r.is("MOTHER", "1")
                && before.get(r.child()).is("MOTHER", "0") && before(r.date("MC_DOB"), now.start()),
                "MOTHER", "MC_DOB");
    }
}
