package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Set;

/**
 * DfE rule 392b: an episode (not a short break, V3/V4) of a child who is not and was not last year UASC has both the
 * home and the placement postcode.
 */
final class Rule392b extends SsdaRuleBase {

    Rule392b() {
        super("392b", "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false "
                + "positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
                "Episodes", "Header", "UASC", "UASC_last");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Set<String> uasc = t.uascChildren();
        if (t.last() != null) {
            uasc.addAll(t.last().uascChildren());
        }
        return where(t.episodes(), r -> !r.is("LS", "V3", "V4") && !uasc.contains(r.child())
                && anyBlank(r, "HOME_POST", "PL_POST"), "HOME_POST", "PL_POST");
    }
}
