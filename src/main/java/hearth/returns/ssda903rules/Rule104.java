package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 104: DUC is a real date. */
final class Rule104 extends SsdaRuleBase {

    Rule104() {
        super("104", "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid "
                + "date.",
                "UASC");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.uasc(), r -> r.badDate("DUC"), "DUC");
    }
}
