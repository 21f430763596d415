package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DfE rule 444: no UPN (other than the unknown codes) is reported twice. */
final class Rule444 extends SsdaRuleBase {

    Rule444() {
        super("444", "Duplicate UPN has been reported", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Map<String, Long> counts = new HashMap<>();
        t.header().stream().filter(r -> r.has("UPN") && !SsdaCodeSets.UPN_UNKNOWN.contains(r.text("UPN")))
                .forEach(r -> counts.merge(r.text("UPN"), 1L, Long::sum));
        return where(t.header(), r -> counts.getOrDefault(r.text("UPN"), 0L) > 1, "UPN");
    }
}
