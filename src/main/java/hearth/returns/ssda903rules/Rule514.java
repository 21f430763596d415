package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 514: a single adopter (L0) is one adopter. */
final class Rule514 extends SsdaRuleBase {

    Rule514() {
        super("514", "Data entry on the legal status of adopters shows a single adopter but data entry for "
                + "the numbers of adopters shows it as a couple.",
                "AD1");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.ad1(), r -> r.is("LS_ADOPTR", "L0") && r.is("NB_ADOPTR", "2"), "NB_ADOPTR", "LS_ADOPTR");
    }
}
