package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 503C: the first episode's category of need is that of the episode open at the end of last year. */
final class Rule503C extends SsdaLastYearRule {

    Rule503C() {
        super("503C", "The category of need in the first episode does not match open episode at end of last year.",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        return firstDiffersFromOpen(now, last, "CIN");
    }
}
