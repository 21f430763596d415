package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 375: a temporary hospital placement (T1) lasts no more than six weeks. */
final class Rule375 extends SsdaRuleBase {

    Rule375() {
        super("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "T1")
                && days(r.date("DECOM"), r.date("DEC")) > 42, "PLACE", "DEC");
    }
}
