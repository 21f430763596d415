package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 204: the child's ethnicity is the same as last year's. */
final class Rule204 extends SsdaLastYearRule {

    Rule204() {
        super("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.",
                "Header", "Header_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        return headerChanged(now, last, "ETHNIC");
    }
}
