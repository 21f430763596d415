package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 389: transfer to adult social care is for young people of 16 or over. */
final class Rule389 extends SsdaRuleBase {

    Rule389() {
        super("389", "Reason episode ceased is that child transferred to care of adult social care "
                + "services, but child is aged under 16.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("REC", "E7") && ageOn(t, r.child(), r.date("DEC")) != null
                && ageOn(t, r.child(), r.date("DEC")) < 16, "REC");
    }
}
