package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 581: no missing period starts before the child was first looked after. */
final class Rule581 extends SsdaRuleBase {

    Rule581() {
        super("581", "Child is missing but has not yet started to be looked after.", "Episodes", "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> !t.episodesOf(r.child()).isEmpty()
                && before(r.date("MIS_START"), t.episodesOf(r.child()).get(0).date("DECOM")), "MIS_START");
    }
}
