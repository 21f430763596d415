package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 382: short breaks are not temporary placements. */
final class Rule382 extends SsdaRuleBase {

    Rule382() {
        super("382", "A child receiving respite care cannot be in a temporary placement.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "V3", "V4")
                && SsdaCodeSets.TEMPORARY.contains(r.text("PLACE")), "LS", "PLACE");
    }
}
