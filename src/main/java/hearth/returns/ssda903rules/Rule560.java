package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 560: a decision to place for adoption still standing at the end of last year keeps its date this year.
 */
final class Rule560 extends SsdaLastYearRule {

    Rule560() {
        super("560", "Date of decision that the child should be placed for adoption this year is different from that "
                + "recorded last year but the decision to place the child for adoption did not change.",
                "PlacedAdoption", "PlacedAdoption_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.byChild(last.placedAdoption());
        return where(now.placedAdoption(), r -> before.getOrDefault(r.child(), List.of()).stream()
                .anyMatch(b -> b.has("DATE_PLACED") && b.blank("DATE_PLACED_CEASED")
                        && !sameDate(r, b, "DATE_PLACED")),
                "DATE_PLACED", "DATE_PLACED_CEASED");
    }
}
