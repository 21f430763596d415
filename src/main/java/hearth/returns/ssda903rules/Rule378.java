package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 378: a child placed with parents is not on a single period of section 20 accommodation. */
final class Rule378 extends SsdaRuleBase {

    Rule378() {
        super("378", "A child who is placed with parent(s) cannot be looked after under a single period of "
                + "accommodation under Section 20 of the Children Act 1989.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "P1") && r.is("LS", "V2"), "PLACE", "LS");
    }
}
