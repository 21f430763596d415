package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 584: after a decision to place for adoption was reversed last year, a decision reported this year is a
 * new one, made after last year's.
 */
final class Rule584 extends SsdaLastYearRule {

    Rule584() {
        super("584", "Date of decision that the child should be placed for adoption this year is different from that "
                + "recorded last year, but the decision to placed the child for adoption changed and the child should "
                + "no longer be placed for adoption.",
                "PlacedAdoption", "PlacedAdoption_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.byChild(last.placedAdoption());
        return where(now.placedAdoption(), r -> before.getOrDefault(r.child(), List.of()).stream()
                .anyMatch(b -> any(b, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")
                        && (r.date("DATE_PLACED") == null || (b.date("DATE_PLACED") != null
                        && !r.date("DATE_PLACED").isAfter(b.date("DATE_PLACED"))))),
                "DATE_PLACED");
    }
}
