package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 503E: the first episode's placement provider is that of the episode open at the end of last year. */
final class Rule503E extends SsdaLastYearRule {

    Rule503E() {
        super("503E", "The placement provider in the first episode does not match open episode at end of last year.",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        return firstDiffersFromOpen(now, last, "PLACE_PROVIDER");
    }
}
