package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 520: a different-gender married couple (L11) is MF. */
final class Rule520 extends SsdaRuleBase {

    Rule520() {
        super("520", "Data entry on the legal status of adopters shows different gender married couple but "
                + "data entry on genders of adopters shows it as a same gender couple.",
                "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.is("LS_ADOPTR", "L11")
                && r.is("SEX_ADOPTR", "MM", "FF"), "SEX_ADOPTR", "LS_ADOPTR");
    }
}
