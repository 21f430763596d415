package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 621: a mother is older than her child. */
final class Rule621 extends SsdaRuleBase {

    Rule621() {
        super("621", "Mother’s field has been completed but date of birth shows that the mother is younger "
                + "than her child.",
                "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.has("MOTHER") && r.date("MC_DOB") != null && r.date("DOB") != null
                && !r.date("MC_DOB").isAfter(r.date("DOB")), "DOB", "MC_DOB");
    }
}
