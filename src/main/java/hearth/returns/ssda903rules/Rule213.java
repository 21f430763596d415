package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 213: temporary and other placements have no provider. */
final class Rule213 extends SsdaRuleBase {

    Rule213() {
        super("213", "Placement provider information not required.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.has("PLACE_PROVIDER") && (SsdaCodeSets.TEMPORARY.contains(r.text("PLACE"))
                || r.is("PLACE", "Z11", "Z12", "Z13", "Z14")), "PLACE_PROVIDER");
    }
}
