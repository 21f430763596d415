package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 564: every missing period has a start date. */
final class Rule564 extends SsdaRuleBase {

    Rule564() {
        super("564", "Child was missing or away from placement without authorisation and the date started "
                + "is blank.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> r.has("MISSING") && r.blank("MIS_START"), "MIS_START");
    }
}
