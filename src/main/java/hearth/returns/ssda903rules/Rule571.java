package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/** DfE rule 571: a missing period ends within the year. */
final class Rule571 extends SsdaRuleBase {

    Rule571() {
        super("571", "The date that the child ceased to be missing or away from placement without "
                + "authorisation is before the start or after the end of the collection year.",
                "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        return where(t.missing(), r -> r.date("MIS_END") != null && !t.inYear(r.date("MIS_END")), "MIS_END");
    }
}
