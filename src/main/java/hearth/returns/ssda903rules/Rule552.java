package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 552: the decision is not after the placement for adoption began. */
final class Rule552 extends SsdaRuleBase {

    Rule552() {
        super("552", "Date of Decision to place a child for adoption should be on or prior to the date that "
                + "the child was placed for adoption.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(),
                r -> t.episodesOf(r.child()).stream().filter(e -> SsdaCodeSets.ADOPTION_PLACEMENTS.contains(e.text("PLACE")))
                .findFirst().map(e -> after(r.date("DATE_PLACED"), e.date("DECOM"))).orElse(false), "DATE_PLACED");
    }
}
