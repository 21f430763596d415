package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 118: a reversal is not before the year or before the child was looked after. */
final class Rule118 extends SsdaRuleBase {

    Rule118() {
        super("118", "Date of decision that a child should no longer be placed for adoption is before the "
                + "current collection year or before the date the child started to be looked after.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> before(r.date("DATE_PLACED_CEASED"), t.start())
                || (!t.episodesOf(r.child()).isEmpty()
                && before(r.date("DATE_PLACED_CEASED"), t.episodesOf(r.child()).get(0).date("DECOM"))),
                        "DATE_PLACED_CEASED");
    }
}
