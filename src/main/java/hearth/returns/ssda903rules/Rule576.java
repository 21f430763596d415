package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 576: a missing or away period still open at the end of last year is the child's first period this year,
 * starting the same day.
 */
final class Rule576 extends SsdaLastYearRule {

    Rule576() {
        super("576", "There is an open missing/away from placement without authorisation period in last year’s return "
                + "and there is no corresponding period recorded at the start of this year.",
                "Missing", "Missing_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.byChild(last.missing());
        List<Finding> found = new ArrayList<>();
        now.byChild(now.missing()).forEach((child, rows) -> {
            LocalDate first = null;
            for (SsdaRow r : rows) {
                LocalDate d = r.date("MIS_START");
                if (d != null && (first == null || d.isBefore(first))) {
                    first = d;
                }
            }
            for (SsdaRow open : before.getOrDefault(child, List.of())) {
                LocalDate start = open.date("MIS_START");
                if (open.blank("MIS_END") && start != null && !start.equals(first)) {
                    found.add(finding(child, "CHILD"));
                    break;
                }
            }
        });
        return found;
    }
}
