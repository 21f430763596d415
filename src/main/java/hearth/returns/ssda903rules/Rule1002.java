package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Set;

/**
 * DfE rule 1002: a care leaver has episodes of care in this year's return or last year's (the DfE's tool, like this
 * one, can only look back the one year).
 */
final class Rule1002 extends SsdaLastYearRule {

    Rule1002() {
        super("1002", "This child has no previous episodes of care, therefore should not have care leaver information "
                + "recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - "
                + "this check may generate false positives if a child had episodes prior to last year's collection.]",
                "Episodes", "Episodes_last", "OC3");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Set<String> inCare = now.childrenWithEpisodes();
        Set<String> before = last.childrenWithEpisodes();
        return where(now.oc3(), r -> !inCare.contains(r.child()) && !before.contains(r.child()),
                "IN_TOUCH", "ACTIV", "ACCOM");
    }
}
