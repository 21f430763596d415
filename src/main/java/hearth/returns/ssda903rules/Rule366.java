package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 366: a short break is one episode (starts with RNE S). */
final class Rule366 extends SsdaRuleBase {

    Rule366() {
        super("366", "A child cannot change placement during the course of an individual short-term respite "
                + "break.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("LS", "V3") && !r.is("RNE", "S"), "RNE");
    }
}
