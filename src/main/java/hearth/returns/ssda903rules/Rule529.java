package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 529: other public provision (PR3) is not for placements it cannot provide. */
final class Rule529 extends SsdaRuleBase {

    Rule529() {
        super("529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, "
                + "K2 and U1 to U6 as these placements cannot be provided by other public organisations.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE_PROVIDER", "PR3")
                && (r.is("PLACE", "P1", "A3", "A4", "A5", "A6", "K1", "K2")
                || SsdaCodeSets.FOSTER.contains(r.text("PLACE"))), "PLACE_PROVIDER", "PLACE");
    }
}
