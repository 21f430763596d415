package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 363: a child assessment order lasts no more than 7 days. */
final class Rule363 extends SsdaRuleBase {

    Rule363() {
        super("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act "
                + "1989.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "L3") && days(r.date("DECOM"), r.date("DEC")) > 7, "LS", "DEC");
    }
}
