package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DfE rule 502: an episode open at the end of last year is the first episode this year, starting the same day. */
final class Rule502 extends SsdaLastYearRule {

    Rule502() {
        super("502", "Last year's record ended with an open episode. The date on which that episode started does not "
                + "match the start date of the first episode on this year’s record.",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.episodesByChild();
        List<Finding> found = new ArrayList<>();
        now.episodesByChild().forEach((child, list) -> {
            SsdaRow first = list.get(0);
            for (SsdaRow open : before.getOrDefault(child, List.of())) {
                if (open.blank("DEC") && !sameDate(first, open, "DECOM")) {
                    found.add(finding(child, "DECOM"));
                    break;
                }
            }
        });
        return found;
    }
}
