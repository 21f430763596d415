package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 371: supported accommodation (K3) is for young people of 16 or over. */
final class Rule371 extends SsdaRuleBase {

    Rule371() {
        super("371", "Child in supported accomodation not subject to children’s homes regulations should be "
                + "at least 16.",
                "Episodes", "Header");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("PLACE", "K3") && ageOn(t, r.child(), r.date("DECOM")) != null
                && ageOn(t, r.child(), r.date("DECOM")) < 16, "PLACE");
    }
}
