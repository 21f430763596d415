package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule comparing what the postcode directory gives the child's first episode this year with their latest episode
 * last year, when that was still open (the D2I tool's first and last episodes by DECOM). Needs the directory and last
 * year's return.
 */
abstract class SsdaPostcodeLastYearRule extends SsdaPostcodeRule {

    SsdaPostcodeLastYearRule(String code, String message) {
        super(code, message, "Episodes", "Episodes_last");
    }

    @Override
    final boolean readsLastYear() {
        return true;
    }

    /** Whether the first episode this year disagrees with the open one last year. */
    abstract boolean differs(SsdaTables t, SsdaRow first, SsdaRow open);

    abstract String field();

    @Override
    final List<Finding> look(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        Map<String, List<SsdaRow>> before = t.last().episodesByChild();
        t.episodesByChild().forEach((child, list) -> {
            SsdaRow open = SsdaLastYearRule.latest(before.get(child));
            if (open != null && open.blank("DEC") && !list.isEmpty() && differs(t, list.get(0), open)) {
                found.add(finding(child, field()));
            }
        });
        return found;
    }

    /** Both distances known and 0.2 miles or more apart. */
    boolean distancesApart(SsdaTables t, SsdaRow first, SsdaRow open) {
        Double now = distance(t, first);
        Double then = distance(t, open);
        return now != null && then != null && Math.abs(now - then) >= 0.2;
    }

    /** The same reason for new episode in both (a blank one matches nothing). */
    static boolean sameReason(SsdaRow first, SsdaRow open) {
        return first.has("RNE") && first.text("RNE").equals(open.text("RNE"));
    }
}
