package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule 134: no adoption data for a child in OC3. */
final class Rule134 extends SsdaRuleBase {

    Rule134() {
        super("134", "Data on adoption should not be entered for the OC3 cohort.", "AD1", "OC3");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> leavers = new HashSet<>();
        t.oc3().stream().filter(r -> any(r, "IN_TOUCH", "ACTIV", "ACCOM")).forEach(r -> leavers.add(r.child()));
        return where(t.ad1(), r -> leavers.contains(r.child())
                && any(r, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
                "SEX_ADOPTR", "LS_ADOPTR"), "CHILD");
    }
}
