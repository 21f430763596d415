package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 384: short breaks are not long-term foster placements. */
final class Rule384 extends SsdaRuleBase {

    Rule384() {
        super("384", "A child receiving respite care cannot be in a long-term foster placement", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "V3", "V4") && r.is("PLACE", "U1", "U4"), "LS", "PLACE");
    }
}
