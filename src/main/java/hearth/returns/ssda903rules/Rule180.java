package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 180: SDQ_SCORE is a whole number from 0 to 40 when given. */
final class Rule180 extends SsdaRuleBase {

    Rule180() {
        super("180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.", "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.has("SDQ_SCORE") && (r.number("SDQ_SCORE") == null
                || r.number("SDQ_SCORE") < 0 || r.number("SDQ_SCORE") > 40), "SDQ_SCORE");
    }
}
