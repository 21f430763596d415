package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 361: police protection lasts no more than 72 hours. */
final class Rule361 extends SsdaRuleBase {

    Rule361() {
        super("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the "
                + "Children Act 1989.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "L1") && days(r.date("DECOM"), r.date("DEC")) > 3, "LS", "DEC");
    }
}
