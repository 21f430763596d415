package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 579: a new decision does not start while an earlier one stands. */
final class Rule579 extends SsdaRuleBase {

    Rule579() {
        super("579", "A new decision that the child should be placed for adoption this year cannot start "
                + "when the previous decision is still open. Decisions to place the child for adoption "
                + "should also not overlap.",
                "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.byChild(t.placedAdoption()).forEach((child, list) -> {
            List<SsdaRow> sorted = new ArrayList<>(list);
            sorted.removeIf(r -> r.date("DATE_PLACED") == null);
            sorted.sort(java.util.Comparator.comparing(r -> r.date("DATE_PLACED")));
            for (int i = 1; i < sorted.size(); i++) {
                LocalDate ceased = sorted.get(i - 1).date("DATE_PLACED_CEASED");
                if (ceased == null || sorted.get(i).date("DATE_PLACED").isBefore(ceased)) {
                    found.add(finding(child, "DATE_PLACED"));
                }
            }
        });
        return found;
    }
}
