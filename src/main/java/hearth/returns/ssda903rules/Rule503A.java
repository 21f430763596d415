package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 503A: the first episode's reason for new episode is that of the episode open at the end of last year. */
final class Rule503A extends SsdaLastYearRule {

    Rule503A() {
        super("503A", "The reason for new episode in the first episode does not match open episode at end of last "
                + "year.",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        return firstDiffersFromOpen(now, last, "RNE");
    }
}
