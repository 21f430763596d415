package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DfE rule 1010: a care leaver whose latest episode last year was still open at its end has episodes this year.
 */
final class Rule1010 extends SsdaLastYearRule {

    Rule1010() {
        super("1010", "This child has no episodes loaded for current year even though there was an open episode of "
                + "care at the end of the previous year, and care leaver data has been entered.",
                "Episodes", "Episodes_last", "OC3");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Set<String> inCare = now.childrenWithEpisodes();
        Map<String, List<SsdaRow>> before = last.episodesByChild();
        return where(now.oc3(), r -> {
            SsdaRow latest = latest(before.get(r.child()));
            return !inCare.contains(r.child()) && latest != null && latest.blank("DEC");
        }, "IN_TOUCH", "ACTIV", "ACCOM");
    }
}
