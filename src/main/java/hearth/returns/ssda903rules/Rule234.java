package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 234: a child under 10 does not move placement into custody. */
final class Rule234 extends SsdaRuleBase {

    Rule234() {
        super("234", "A child aged under 10 can not change placement due to being admitted to custody",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("REASON_PLACE_CHANGE", "CUSTOD")
                && ageOn(t, r.child(), r.date("DEC")) != null
                && ageOn(t, r.child(), r.date("DEC")) < 10, "REASON_PLACE_CHANGE");
    }
}
