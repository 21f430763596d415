package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 333: the should-be-placed decision is not after the match. */
final class Rule333 extends SsdaRuleBase {

    Rule333() {
        super("333", "Date should be placed for adoption must be on or prior to the date of matching child "
                + "with adopter(s).",
                "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> after(r.date("DATE_INT"), r.date("DATE_MATCH")), "DATE_INT", "DATE_MATCH");
    }
}
