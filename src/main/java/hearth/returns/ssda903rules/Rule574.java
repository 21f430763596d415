package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 574: a missing period does not start while an earlier one is open. */
final class Rule574 extends SsdaRuleBase {

    Rule574() {
        super("574", "A new missing/away from placement without authorisation period cannot start when the "
                + "previous missing/away from placement without authorisation period is still open. "
                + "Missing/away from placement without authorisation periods should also not overlap.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.byChild(t.missing()).forEach((child, list) -> {
            List<SsdaRow> sorted = new ArrayList<>(list);
            sorted.removeIf(r -> r.date("MIS_START") == null);
            sorted.sort(java.util.Comparator.comparing(r -> r.date("MIS_START")));
            for (int i = 1; i < sorted.size(); i++) {
                LocalDate prevEnd = sorted.get(i - 1).date("MIS_END");
                if (prevEnd == null || sorted.get(i).date("MIS_START").isBefore(prevEnd)) {
                    found.add(finding(child, "MIS_START"));
                }
            }
        });
        return found;
    }
}
