package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 114: FOSTER_CARE is 0 or 1 when given. */
final class Rule114 extends SsdaRuleBase {

    Rule114() {
        super("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.", "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> invalid(r, "FOSTER_CARE", SsdaCodeSets.ZERO_ONE), "FOSTER_CARE");
    }
}
