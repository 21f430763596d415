package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 557: a child who left care other than by adoption has the decision reversed. */
final class Rule557 extends SsdaRuleBase {

    Rule557() {
        super("557", "Child for whom the decision was made that they should be placed for adoption has left "
                + "care but was not adopted and information on the decision that they should no longer "
                + "be placed for adoption items has not been completed.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> r.blank("DATE_PLACED_CEASED") && t.lastEpisode(r.child()) != null
                && !t.lookedAfterAtEnd(r.child())
                && t.lastEpisode(r.child()).has("REC") && !t.lastEpisode(r.child()).is("REC", "E11", "E12", "X1")
                && !after(r.date("DATE_PLACED"), t.lastEpisode(r.child()).date("DEC")), "DATE_PLACED_CEASED");
    }
}
