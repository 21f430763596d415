package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 523: the should-be-placed date agrees with placed_adoption. */
final class Rule523 extends SsdaRuleBase {

    Rule523() {
        super("523", "Date of decision that the child should be placed for adoption should be the same date "
                + "as the decision that adoption is in the best interest (date should be placed).",
                "AD1", "PlacedAdoption");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.date("DATE_INT") != null
                && t.placedAdoption().stream().anyMatch(p -> p.child().equals(r.child()))
                && t.placedAdoption().stream().noneMatch(p -> p.child().equals(r.child())
                        && r.date("DATE_INT").equals(p.date("DATE_PLACED"))), "DATE_INT");
    }
}
