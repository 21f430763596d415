package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 202: the child's sex is the same as last year's. */
final class Rule202 extends SsdaLastYearRule {

    Rule202() {
        super("202", "The gender code conflicts with the gender already recorded for this child.",
                "Header", "Header_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        return headerChanged(now, last, "SEX");
    }
}
