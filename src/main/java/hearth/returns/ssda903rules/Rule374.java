package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 374: residential employment (P3) is for young people of 14 or over. */
final class Rule374 extends SsdaRuleBase {

    Rule374() {
        super("374", "Child in residential employment should be at least 14 years old.", "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "P3") && ageOn(t, r.child(), r.date("DECOM")) != null
                && ageOn(t, r.child(), r.date("DECOM")) < 14, "PLACE");
    }
}
