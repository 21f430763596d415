package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 524: an L12 couple is MM or FF. */
final class Rule524 extends SsdaRuleBase {

    Rule524() {
        super("524", "If reporting legal status of adopters is L12 then the genders of adopters should be "
                + "coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple "
                + "are both females.",
                "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.is("LS_ADOPTR", "L12")
                && !r.is("SEX_ADOPTR", "MM", "FF"), "SEX_ADOPTR", "LS_ADOPTR");
    }
}
