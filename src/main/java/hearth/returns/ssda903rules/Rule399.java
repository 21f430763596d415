package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DfE rule 399: short-break-only children have no mother, review or participation details. */
final class Rule399 extends SsdaRuleBase {

    Rule399() {
        super("399", "Mother field, review field or participation field are completed but child is looked "
                + "after under legal status V3 or V4.",
                "Episodes", "Header", "Reviews");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> reviewed = new HashSet<>();
        t.reviews().forEach(r -> reviewed.add(r.child()));
        return where(t.header(), r -> {
            List<SsdaRow> eps = t.episodesOf(r.child());
            return !eps.isEmpty() && eps.stream().allMatch(e -> e.is("LS", "V3", "V4"))
                    && (r.has("MOTHER") || reviewed.contains(r.child()));
        }, "MOTHER", "REVIEW");
    }
}
