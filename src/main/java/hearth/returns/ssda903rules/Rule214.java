package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 214: temporary and other placements have no placement postcode or URN. */
final class Rule214 extends SsdaRuleBase {

    Rule214() {
        super("214", "Placement location information not required.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> (SsdaCodeSets.TEMPORARY.contains(r.text("PLACE"))
                || r.is("PLACE", "Z11", "Z12", "Z13", "Z14"))
                && any(r, "PL_POST", "URN"), "PL_POST", "URN");
    }
}
