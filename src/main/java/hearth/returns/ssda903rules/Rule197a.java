package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 197a: no reason for no SDQ score when there is a score. */
final class Rule197a extends SsdaRuleBase {

    Rule197a() {
        super("197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and "
                + "Difficulties Questionnaire score is filled in.",
                "OC2");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.oc2(), r -> r.has("SDQ_SCORE") && r.has("SDQ_REASON"), "SDQ_SCORE", "SDQ_REASON");
    }
}
