package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 365: one short break lasts no more than 17 days. */
final class Rule365 extends SsdaRuleBase {

    Rule365() {
        super("365", "Any individual short- term respite placement must not exceed 17 days.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "V3") && days(r.date("DECOM"), r.date("DEC")) > 17, "LS", "DEC");
    }
}
