package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DfE rule 207: a child recorded as a mother last year, with episodes this year, is still recorded as one. */
final class Rule207 extends SsdaLastYearRule {

    Rule207() {
        super("207", "Mother status for the current year disagrees with the mother status already recorded for "
                + "this child.",
                "Episodes", "Header", "Header_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, SsdaRow> before = last.headerByChild();
        Set<String> inCare = now.childrenWithEpisodes();
        return where(now.header(), r -> before.containsKey(r.child()) && inCare.contains(r.child())
                && before.get(r.child()).is("MOTHER", "1") && !r.is("MOTHER", "1"), "MOTHER");
    }
}
