package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 210: a child looked after for more than a week at 31 March is not UN4. */
final class Rule210 extends SsdaRuleBase {

    Rule210() {
        super("210", "Children looked after for more than a week at 31 March should not have an unknown "
                + "Unique Pupil Number (UPN) code of UN4.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.is("UPN", "UN4") && t.lookedAfterAtEnd(r.child())
                && t.periodStart(r.child(), t.lastEpisode(r.child())) != null
                && t.periodStart(r.child(), t.lastEpisode(r.child())).isBefore(t.end().minusDays(7)), "UPN");
    }
}
