package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DfE rule 208: the child's UPN is the same as last year's, except that an unknown UPN (blank or UN1) may become a
 * reason it is unknown (UN2-UN5), and an unknown UPN may become a known one.
 */
final class Rule208 extends SsdaLastYearRule {

    private static final Set<String> UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    Rule208() {
        super("208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) "
                + "already recorded for this child.",
                "Header", "Header_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, SsdaRow> before = last.headerByChild();
        return where(now.header(), r -> before.containsKey(r.child())
                && changed(before.get(r.child()).text("UPN").toUpperCase(), r.text("UPN").toUpperCase()), "UPN");
    }

    private static boolean changed(String was, String is) {
        if (was.equals(is)) {
            return false;
        }
        boolean wasUnknown = was.isEmpty() || UNKNOWN.contains(was);
        boolean reasonGiven = (was.isEmpty() || was.equals("UN1")) && UNKNOWN.contains(is) && !is.equals("UN1");
        boolean nowKnown = wasUnknown && !is.isEmpty() && !UNKNOWN.contains(is);
        return !reasonGiven && !nowKnown;
    }
}
