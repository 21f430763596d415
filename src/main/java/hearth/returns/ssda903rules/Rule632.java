package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 632: DATE_PERM is a real date before the child's care began. */
final class Rule632 extends SsdaRuleBase {

    Rule632() {
        super("632", "Date of previous permanence order not a valid value. NOTE: This rule may result in "
                + "false negatives where the period of care started before the current collection year",
                "Episodes", "PrevPerm");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.prevPerm(), r -> r.badDate("DATE_PERM") || (!t.episodesOf(r.child()).isEmpty()
                && after(r.date("DATE_PERM"), t.episodesOf(r.child()).get(0).date("DECOM"))), "DATE_PERM");
    }
}
