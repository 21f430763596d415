package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 386: an adopted child is under 18. */
final class Rule386 extends SsdaRuleBase {

    Rule386() {
        super("386", "Reason episode ceased is adopted but child has reached age 18.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("REC", "E11", "E12") && ageOn(t, r.child(), r.date("DEC")) != null
                && ageOn(t, r.child(), r.date("DEC")) >= 18, "REC");
    }
}
