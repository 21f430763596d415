package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 1011: no care leaver information when care transferred to another LA (E3). */
final class Rule1011 extends SsdaRuleBase {

    Rule1011() {
        super("1011", "This child is recorded as having his/her care transferred to another local authority "
                + "for the final episode and therefore should not have the care leaver information "
                + "completed.",
                "Episodes", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc3(), r -> t.lastEpisode(r.child()) != null && t.lastEpisode(r.child()).is("REC", "E3")
                && any(r, "IN_TOUCH", "ACTIV", "ACCOM"), "IN_TOUCH");
    }
}
