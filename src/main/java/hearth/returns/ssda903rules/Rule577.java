package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 577: a child who left care has no open missing period. */
final class Rule577 extends SsdaRuleBase {

    Rule577() {
        super("577", "Child ceased to be looked after but there is a missing/away from placement without "
                + "authorisation period without an end date.",
                "Episodes", "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> r.blank("MIS_END") && t.lastEpisode(r.child()) != null
                && !t.lookedAfterAtEnd(r.child())
                && t.inYear(t.lastEpisode(r.child()).date("DEC")), "MIS_END");
    }
}
