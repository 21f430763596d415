package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 562: a child whose first episode began before this year has it as the latest episode of last year's
 * return.
 */
final class Rule562 extends SsdaLastYearRule {

    Rule562() {
        super("562", "Episode commenced before the start of the current collection year but there is a missing "
                + "continuous episode in the previous year.",
                "Episodes", "Episodes_last");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        Map<String, List<SsdaRow>> before = last.episodesByChild();
        List<Finding> found = new ArrayList<>();
        now.episodesByChild().forEach((child, list) -> {
            LocalDate start = list.get(0).date("DECOM");
            SsdaRow latest = latest(before.get(child));
            if (before(start, now.start()) && (latest == null || !start.equals(latest.date("DECOM")))) {
                found.add(finding(child, "DECOM"));
            }
        });
        return found;
    }
}
