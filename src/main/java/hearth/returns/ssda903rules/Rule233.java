package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 233: an open episode has no reason for placement change. */
final class Rule233 extends SsdaRuleBase {

    Rule233() {
        super("233", "Reason for placement change is not required when the episode has not ceased.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.blank("DEC") && r.has("REASON_PLACE_CHANGE"), "REASON_PLACE_CHANGE");
    }
}
