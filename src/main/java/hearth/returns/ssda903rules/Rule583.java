package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 583: an earlier decision was reversed before another was made. */
final class Rule583 extends SsdaRuleBase {

    Rule583() {
        super("583", "More than one date the child should be placed for adoption has been reported, but an "
                + "earlier decision has not been revoked. Check that both dates are required and add a "
                + "date that the child should no longer be placed for adoption if needed.",
                "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.byChild(t.placedAdoption()).forEach((child, list) -> {
            List<SsdaRow> sorted = new ArrayList<>(list);
            sorted.removeIf(r -> r.date("DATE_PLACED") == null);
            sorted.sort(java.util.Comparator.comparing(r -> r.date("DATE_PLACED")));
            for (int i = 0; i + 1 < sorted.size(); i++) {
                if (sorted.get(i).blank("DATE_PLACED_CEASED")) {
                    found.add(finding(child, "DATE_PLACED_CEASED"));
                }
            }
        });
        return found;
    }
}
