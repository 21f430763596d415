package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 407: special guardianship ends care for a child under 18. */
final class Rule407 extends SsdaRuleBase {

    Rule407() {
        super("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("REC", "E45", "E46") && ageOn(t, r.child(), r.date("DEC")) != null
                && ageOn(t, r.child(), r.date("DEC")) >= 18, "REC");
    }
}
