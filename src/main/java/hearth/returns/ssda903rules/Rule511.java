package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 511: two adopters are MM, FF or MF. */
final class Rule511 extends SsdaRuleBase {

    Rule511() {
        super("511", "If reporting that the number of person(s) adopting the looked after child is two "
                + "adopters then the code should only be MM, FF or MF. MM = the adopting couple are both "
                + "males; FF = the adopting couple are both females; MF = The adopting couple are male "
                + "and female.",
                "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.is("NB_ADOPTR", "2")
                && !r.is("SEX_ADOPTR", "MM", "FF", "MF"), "NB_ADOPTR", "SEX_ADOPTR");
    }
}
