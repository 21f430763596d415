package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 518: an L4 couple is MM or FF. */
final class Rule518 extends SsdaRuleBase {

    Rule518() {
        super("518", "If reporting legal status of adopters is L4 then the genders of adopters should be "
                + "coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple "
                + "are both females.",
                "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.is("LS_ADOPTR", "L4")
                && !r.is("SEX_ADOPTR", "MM", "FF"), "SEX_ADOPTR", "LS_ADOPTR");
    }
}
