package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 335: FOSTER_CARE agrees with whether the placement was with the foster carers. */
final class Rule335 extends SsdaRuleBase {

    Rule335() {
        super("335", "The current foster value (0) suggests that child is not adopted by current foster "
                + "carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests "
                + "that child is adopted by current foster carer, but last placement is A1, A4 or A6.",
                "AD1", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> t.lastEpisode(r.child()) != null && ((r.is("FOSTER_CARE", "0")
                && t.lastEpisode(r.child()).is("PLACE", "A3", "A5"))
                || (r.is("FOSTER_CARE", "1") && t.lastEpisode(r.child()).is("PLACE", "A4", "A6"))), "FOSTER_CARE");
    }
}
