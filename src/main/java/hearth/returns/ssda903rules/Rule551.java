package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule 551: a child placed for adoption has the should-be-placed decision. */
final class Rule551 extends SsdaRuleBase {

    Rule551() {
        super("551", "Child has been placed for adoption but there is no date of the decision that the "
                + "child should be placed for adoption.",
                "Episodes", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> decided = new HashSet<>();
        t.placedAdoption().stream().filter(r -> r.has("DATE_PLACED")).forEach(r -> decided.add(r.child()));
        return where(t.episodes(), e -> SsdaCodeSets.ADOPTION_PLACEMENTS.contains(e.text("PLACE"))
                && !decided.contains(e.child()),
                "PLACE");
    }
}
