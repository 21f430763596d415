package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 117: the decision and its reversal are not after the year end or the child leaving care. */
final class Rule117 extends SsdaRuleBase {

    Rule117() {
        super("117", "Date of decision that a child should/should no longer be placed for adoption is "
                + "beyond the current collection year or after the child ceased to be looked after.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.placedAdoption(), r -> after(r.date("DATE_PLACED"), t.end())
                || after(r.date("DATE_PLACED_CEASED"), t.end())
                || (t.lastEpisode(r.child()) != null && !t.lookedAfterAtEnd(r.child())
                        && (after(r.date("DATE_PLACED"), t.lastEpisode(r.child()).date("DEC"))
                                || after(r.date("DATE_PLACED_CEASED"), t.lastEpisode(r.child()).date("DEC")))),
                                        "DATE_PLACED", "DATE_PLACED_CEASED");
    }
}
