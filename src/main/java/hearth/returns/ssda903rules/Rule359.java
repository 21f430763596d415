package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/**
 * DfE rule 359: a young person looked after past 18 is on section 20 (V2) in a community home (K2). Judged on the
 * census day, so an in-year extract does not count a 17-year-old whose 18th birthday is still to come.
 */
final class Rule359 extends SsdaRuleBase {

    Rule359() {
        super("359", "Child being looked after following 18th birthday must be accommodated under section "
                + "20(5) of the Children Act 1989 in a community home.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.blank("DEC") && t.dob(r.child()) != null
                && t.dob(r.child()).plusYears(18).isBefore(t.census())
                && !(r.is("LS", "V2") && r.is("PLACE", "K2")), "LS", "PLACE");
    }
}
