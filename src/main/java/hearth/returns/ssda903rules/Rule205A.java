package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DfE rule 205A: a child recorded as UASC last year but not this year stopped being UASC during last year, so last
 * year's date UASC ceased falls in last year.
 */
final class Rule205A extends SsdaLastYearRule {

    Rule205A() {
        super("205A", "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both "
                + "years does not support this.",
                "Header", "Header_last", "UASC", "UASC_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Set<String> uascNow = now.uascChildren();
        Set<String> inReturn = now.headerByChild().keySet();
        List<Finding> found = new ArrayList<>();
        for (SsdaRow before : last.uasc()) {
            String child = before.child();
            if (inReturn.contains(child) && !uascNow.contains(child) && !last.inYear(before.date("DUC"))) {
                found.add(finding(child, "CHILD", "DUC"));
            }
        }
        return found;
    }
}
