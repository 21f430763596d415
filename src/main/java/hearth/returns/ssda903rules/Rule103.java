package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 103: ETHNIC is one of the DfE codes. */
final class Rule103 extends SsdaRuleBase {

    Rule103() {
        super("103", "The ethnicity code is either not valid or has not been entered.", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.header(), r -> missingOrInvalid(r, "ETHNIC", SsdaCodeSets.ETHNIC), "ETHNIC");
    }
}
