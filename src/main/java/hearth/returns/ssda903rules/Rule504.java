package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 504: the category of need stays as it was at the start of the period of care. */
final class Rule504 extends SsdaRuleBase {

    Rule504() {
        super("504", "The category of need code differs from that reported at start of current period of "
                + "being looked after",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> prev.is("REC", "X1") && prev.date("DEC") != null
                && prev.date("DEC").equals(cur.date("DECOM"))
                && !prev.text("CIN").equals(cur.text("CIN")), "CIN");
    }
}
