package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 517: an L3 couple is MF. */
final class Rule517 extends SsdaRuleBase {

    Rule517() {
        super("517", "If reporting legal status of adopters is L3 then the genders of adopters should be "
                + "coded as MF. MF = the adopting couple are male and female.",
                "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.is("LS_ADOPTR", "L3") && !r.is("SEX_ADOPTR", "MF"), "SEX_ADOPTR", "LS_ADOPTR");
    }
}
