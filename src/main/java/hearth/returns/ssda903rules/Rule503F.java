package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 503F: the first episode's Ofsted URN is that of the episode open at the end of last year. */
final class Rule503F extends SsdaLastYearRule {

    Rule503F() {
        super("503F", "The Ofsted URN in the first episode does not match open episode at end of last year.",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        return firstDiffersFromOpen(now, last, "URN");
    }
}
