package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 519: a civil partnership (L2) is a couple. */
final class Rule519 extends SsdaRuleBase {

    Rule519() {
        super("519", "Data entered on the legal status of adopters shows civil partnership couple, but data "
                + "entered on genders of adopters does not show it as a couple.",
                "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.is("LS_ADOPTR", "L2")
                && r.is("SEX_ADOPTR", "M1", "F1"), "SEX_ADOPTR", "LS_ADOPTR");
    }
}
