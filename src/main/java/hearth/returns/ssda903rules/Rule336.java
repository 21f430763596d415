package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 336: a child placed for adoption with their foster carers was in foster care before. */
final class Rule336 extends SsdaRuleBase {

    Rule336() {
        super("336", "Child does not have a foster placement immediately prior to being placed for "
                + "adoption.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> cur.is("PLACE", "A3", "A5") && !prev.is("PLACE", "A3", "A5")
                && !SsdaCodeSets.FOSTER.contains(prev.text("PLACE")), "PLACE");
    }
}
