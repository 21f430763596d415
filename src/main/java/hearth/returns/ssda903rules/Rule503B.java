package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 503B: the first episode's legal status is that of the episode open at the end of last year. */
final class Rule503B extends SsdaLastYearRule {

    Rule503B() {
        super("503B", "The legal status in the first episode does not match open episode at end of last year.",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        return firstDiffersFromOpen(now, last, "LS");
    }
}
