package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 460: staying put (E17) is for young people of 18 or over. */
final class Rule460 extends SsdaRuleBase {

    Rule460() {
        super("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), "
                + "but child is aged under 18.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("REC", "E17") && ageOn(t, r.child(), r.date("DEC")) != null
                && ageOn(t, r.child(), r.date("DEC")) < 18, "REC");
    }
}
