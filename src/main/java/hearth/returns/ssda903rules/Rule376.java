package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 376: a temporary placement while foster carers are on holiday (T3) lasts no more than three weeks. */
final class Rule376 extends SsdaRuleBase {

    Rule376() {
        super("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot "
                + "exceed three weeks.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "T3")
                && days(r.date("DECOM"), r.date("DEC")) > 21, "PLACE", "DEC");
    }
}
