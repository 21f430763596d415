package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 554: the decision is not after the placement order. */
final class Rule554 extends SsdaRuleBase {

    Rule554() {
        super("554", "Date of decision that the child should be placed for adoption should be on or prior "
                + "to the date that the placement order was granted.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> t.episodesOf(r.child()).stream().filter(e -> e.is("LS", "E1"))
                .findFirst().map(e -> after(r.date("DATE_PLACED"), e.date("DECOM"))).orElse(false), "DATE_PLACED");
    }
}
