package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 222: no URN for placements Ofsted does not register. */
final class Rule222 extends SsdaRuleBase {

    Rule222() {
        super("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.has("URN") && !r.is("URN", "XXXXXXX")
                && r.is("PLACE", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2",
                "T3", "T4", "Z11", "Z12", "Z13", "Z14"), "URN");
    }
}
