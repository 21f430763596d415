package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 390: an adopted child was placed for adoption. */
final class Rule390 extends SsdaRuleBase {

    Rule390() {
        super("390", "Reason episode ceased is adopted but child has not been previously placed for "
                + "adoption.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("REC", "E11", "E12")
                && !SsdaCodeSets.ADOPTION_PLACEMENTS.contains(r.text("PLACE")), "REC", "PLACE");
    }
}
