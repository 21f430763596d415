package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 516: special guardianship (E45, E46) ends a foster placement. */
final class Rule516 extends SsdaRuleBase {

    Rule516() {
        super("516", "The episode data submitted for this child does not show that he/she was with their "
                + "former foster carer(s) during the year.If the code in the reason episode ceased is "
                + "E45 or E46 the child must have a placement code of U1 to U6.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.episodes(), r -> r.is("REC", "E45", "E46")
                && !SsdaCodeSets.FOSTER.contains(r.text("PLACE")), "REC", "PLACE");
    }
}
