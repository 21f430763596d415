package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule 553: a child with a placement order has the should-be-placed decision. */
final class Rule553 extends SsdaRuleBase {

    Rule553() {
        super("553", "Placement order has been granted but there is no date of decision that the child "
                + "should be placed for adoption.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> decided = new HashSet<>();
        t.placedAdoption().stream().filter(r -> r.has("DATE_PLACED")).forEach(r -> decided.add(r.child()));
        return where(t.episodes(), e -> e.is("LS", "E1") && !decided.contains(e.child()), "LS");
    }
}
