package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 1000: no care leaver information for a child who died in care. */
final class Rule1000 extends SsdaRuleBase {

    Rule1000() {
        super("1000", "This child is recorded as having died in care and therefore should not have the care "
                + "leaver information completed.",
                "Episodes", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> t.episodesOf(r.child()).stream().anyMatch(e -> e.is("REC", "E2"))
                && any(r, "IN_TOUCH", "ACTIV", "ACCOM"), "IN_TOUCH");
    }
}
