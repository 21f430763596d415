package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 302: no episode starts before the child was born. */
final class Rule302 extends SsdaRuleBase {

    Rule302() {
        super("302", "First episode starts before child was born.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> before(r.date("DECOM"), t.dob(r.child())), "DECOM");
    }
}
