package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 437: no episode follows death (E2) or leaving care as an adult (E15). */
final class Rule437 extends SsdaRuleBase {

    Rule437() {
        super("437", "Reason episode ceased is child has died or is aged 18 or over but there are further "
                + "episodes.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return pairs(t, (prev, cur) -> prev.is("REC", "E2", "E15"), "REC");
    }
}
