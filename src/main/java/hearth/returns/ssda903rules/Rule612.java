package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 612: a child's date of birth only with MOTHER 1. */
final class Rule612 extends SsdaRuleBase {

    Rule612() {
        super("612", "Date of birth field has been completed but mother field indicates child is not a "
                + "mother.",
                "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> r.has("MC_DOB") && !r.is("MOTHER", "1"), "MOTHER", "MC_DOB");
    }
}
