package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 358: youth justice legal statuses are not for under-10s. */
final class Rule358 extends SsdaRuleBase {

    Rule358() {
        super("358", "Child with this legal status should not be under 10.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "J1", "J2", "J3") && ageOn(t, r.child(), r.date("DECOM")) != null
                && ageOn(t, r.child(), r.date("DECOM")) < 10, "LS");
    }
}
