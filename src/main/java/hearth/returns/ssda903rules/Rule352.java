package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 352: a child starting to be looked after is under 18. */
final class Rule352 extends SsdaRuleBase {

    Rule352() {
        super("352", "Child who started to be looked after was aged 18 or over.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("RNE", "S") && ageOn(t, r.child(), r.date("DECOM")) != null
                && ageOn(t, r.child(), r.date("DECOM")) >= 18, "DECOM");
    }
}
