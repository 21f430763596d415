package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 226: temporary placements have no reason for placement change. */
final class Rule226 extends SsdaRuleBase {

    Rule226() {
        super("226", "Reason for placement change is not required for temporary placements.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.has("REASON_PLACE_CHANGE")
                && SsdaCodeSets.TEMPORARY.contains(r.text("PLACE")), "REASON_PLACE_CHANGE");
    }
}
