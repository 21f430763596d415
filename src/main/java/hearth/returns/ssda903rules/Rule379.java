package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 379: a temporary placement for an unspecified reason (T4) lasts no more than seven days. */
final class Rule379 extends SsdaRuleBase {

    Rule379() {
        super("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven "
                + "days.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "T4")
                && days(r.date("DECOM"), r.date("DEC")) > 7, "PLACE", "DEC");
    }
}
