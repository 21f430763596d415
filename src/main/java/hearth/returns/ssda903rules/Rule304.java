package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 304: UASC status ends by the 18th birthday. */
final class Rule304 extends SsdaRuleBase {

    Rule304() {
        super("304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the "
                + "18th birthday of a child.",
                "UASC");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.uasc(), r -> r.date("DOB") != null && after(r.date("DUC"), r.date("DOB").plusYears(18)), "DUC");
    }
}
