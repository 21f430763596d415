package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 225: a placement change (not to a temporary placement) has a reason. */
final class Rule225 extends SsdaRuleBase {

    Rule225() {
        super("225", "Reason for placement change must be recorded.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> prev.is("REC", "X1") && cur.is("RNE", "P", "B", "T", "U")
                && prev.blank("REASON_PLACE_CHANGE")
                && !SsdaCodeSets.TEMPORARY.contains(prev.text("PLACE"))
                        && !SsdaCodeSets.TEMPORARY.contains(cur.text("PLACE")),
                "REASON_PLACE_CHANGE");
    }
}
