package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 377: no more than two foster-carer-holiday placements (T3) in the year. */
final class Rule377 extends SsdaRuleBase {

    Rule377() {
        super("377", "Only two temporary placements coded as being due to holiday of usual foster carer(s) "
                + "are allowed in any 12- month period.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            if (list.stream().filter(e -> e.is("PLACE", "T3") && t.inYear(e.date("DECOM"))).count() > 2) {
                found.add(finding(child, "PLACE"));
            }
        });
        return found;
    }
}
