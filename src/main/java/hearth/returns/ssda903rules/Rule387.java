package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 387: independent living is for young people of 14 or over. */
final class Rule387 extends SsdaRuleBase {

    Rule387() {
        super("387", "Reason episode ceased is child moved into independent living arrangement, but the "
                + "child is aged under 14.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("REC", "E5", "E6") && ageOn(t, r.child(), r.date("DEC")) != null
                && ageOn(t, r.child(), r.date("DEC")) < 14, "REC");
    }
}
