package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;

/** DfE rule 559: a decision to place for adoption made before this year was recorded in last year's return. */
final class Rule559 extends SsdaLastYearRule {

    Rule559() {
        super("559", "Date of decision that a child should be placed for adoption was not in the current year but the "
                + "date of the decision that the child should be placed for adoption was not completed in a previous "
                + "return.",
                "PlacedAdoption", "PlacedAdoption_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.byChild(last.placedAdoption());
        return where(now.placedAdoption(), r -> before(r.date("DATE_PLACED"), now.start())
                && before.getOrDefault(r.child(), List.of()).stream().noneMatch(b -> b.has("DATE_PLACED")),
                "DATE_PLACED");
    }
}
