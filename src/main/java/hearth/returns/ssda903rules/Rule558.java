package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 558: an adopted child's decision was not reversed. */
final class Rule558 extends SsdaRuleBase {

    Rule558() {
        super("558", "If a child has been adopted, then the decision to place them for adoption has not "
                + "been disrupted and the date of the decision that a child should no longer be placed "
                + "for adoption should be left blank.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> r.has("DATE_PLACED_CEASED")
                && t.episodesOf(r.child()).stream().anyMatch(e -> e.is("REC", "E11", "E12"))
                && t.placedAdoption().stream().filter(p -> p.child().equals(r.child())).allMatch(p -> p.has("DATE_PLACED_CEASED")), "DATE_PLACED_CEASED");
    }
}
