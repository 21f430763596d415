package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 151: the adoption items are all given or all blank. */
final class Rule151 extends SsdaRuleBase {

    Rule151() {
        super("151", "All data items relating to a childs adoption must be coded or left blank.", "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> partly(r, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
                "LS_ADOPTR"), "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");
    }
}
