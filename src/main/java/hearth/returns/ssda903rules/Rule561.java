package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 561: a decision to place for adoption reversed last year is not reported again this year with the same
 * date.
 */
final class Rule561 extends SsdaLastYearRule {

    Rule561() {
        super("561", "Date of the decision that the child should be placed for adoption this year is the same as that "
                + "recorded last year but records show that the decision changed, and the child should no longer be "
                + "placed for adoption last year.",
                "PlacedAdoption", "PlacedAdoption_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.byChild(last.placedAdoption());
        return where(now.placedAdoption(), r -> r.has("DATE_PLACED") && before.getOrDefault(r.child(), List.of())
                .stream().anyMatch(b -> sameDate(r, b, "DATE_PLACED")
                        && any(b, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")),
                "DATE_PLACED");
    }
}
