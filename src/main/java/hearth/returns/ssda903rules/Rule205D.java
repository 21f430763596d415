package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** DfE rule 205D: a child recorded as UASC this year and in last year's return was UASC last year too. */
final class Rule205D extends SsdaLastYearRule {

    Rule205D() {
        super("205D", "Child identified as UASC this year but not identified as UASC status provided for the child "
                + "last year.",
                "Header", "Header_last", "UASC", "UASC_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Set<String> uascBefore = last.uascChildren();
        Set<String> inLast = last.headerByChild().keySet();
        Set<String> uascNow = now.uascChildren();
        List<Finding> found = new ArrayList<>();
        for (SsdaRow r : now.header()) {
            if (uascNow.contains(r.child()) && inLast.contains(r.child()) && !uascBefore.contains(r.child())) {
                found.add(finding(r.child(), "CHILD"));
            }
        }
        return found;
    }
}
