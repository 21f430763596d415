package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 426: a child is not on both kinds of short break (V3 and V4) in the year. */
final class Rule426 extends SsdaRuleBase {

    Rule426() {
        super("426", "A child receiving respite care cannot be recorded under a legal status of V3 and V4 "
                + "in the same year.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            if (list.stream().anyMatch(e -> e.is("LS", "V3")) && list.stream().anyMatch(e -> e.is("LS", "V4"))) {
                found.add(finding(child, "LS"));
            }
        });
        return found;
    }
}
