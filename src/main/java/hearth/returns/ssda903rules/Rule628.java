package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule 628: care leavers not looked after in the year have no motherhood details. */
final class Rule628 extends SsdaRuleBase {

    Rule628() {
        super("628", "Motherhood details are not required for care leavers who have not been looked after "
                + "during the year.",
                "Episodes", "Header", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> leavers = new HashSet<>();
        t.oc3().forEach(r -> leavers.add(r.child()));
        return where(t.header(), r -> leavers.contains(r.child()) && !t.childrenWithEpisodes().contains(r.child())
                && any(r, "MOTHER", "MC_DOB"), "MOTHER");
    }
}
