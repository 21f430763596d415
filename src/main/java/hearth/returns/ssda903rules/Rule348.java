package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;

/** DfE rule 348: a care leaver reported last year as having died is not reported otherwise this year. */
final class Rule348 extends SsdaLastYearRule {

    Rule348() {
        super("348", "Care leaver has previously been reported as having died.", "OC3", "OC3_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.byChild(last.oc3());
        return where(now.oc3(), r -> !r.is("IN_TOUCH", "DIED") && before.getOrDefault(r.child(), List.of()).stream()
                .anyMatch(b -> b.is("IN_TOUCH", "DIED")), "IN_TOUCH");
    }
}
