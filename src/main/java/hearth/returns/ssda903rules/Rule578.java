package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 578: no missing period starts after the child left care. */
final class Rule578 extends SsdaRuleBase {

    Rule578() {
        super("578", "The date that the child started to be missing is after the child ceased to be looked "
                + "after.",
                "Episodes", "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> t.lastEpisode(r.child()) != null && !t.lookedAfterAtEnd(r.child())
                && after(r.date("MIS_START"), t.lastEpisode(r.child()).date("DEC")), "MIS_START");
    }
}
