package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.List;

/** DfE rule 217: placement for adoption with current foster carers starts with RNE S, T or U. */
final class Rule217 extends SsdaRuleBase {

    Rule217() {
        super("217", "Children who are placed for adoption with current foster carers (placement types A3 "
                + "or A5) must have a reason for new episode of S, T or U.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "A3", "A5") && !r.is("RNE", "S", "T", "U")
                && !before(r.date("DECOM"), LocalDate.of(2015, 4, 1)), "PLACE", "RNE");
    }
}
