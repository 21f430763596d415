package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 1003: the decision is not before the child was looked after. */
final class Rule1003 extends SsdaRuleBase {

    Rule1003() {
        super("1003", "Date of LA's decision that a child should be placed for adoption is before the child "
                + "started to be looked after.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> t.lastEpisode(r.child()) != null
                && before(r.date("DATE_PLACED"), t.episodesOf(r.child()).get(0).date("DECOM")), "DATE_PLACED");
    }
}
