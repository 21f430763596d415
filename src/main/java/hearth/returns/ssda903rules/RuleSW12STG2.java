package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DfE rule SW12STG2: a child looked after at 31 March (not only on short breaks) has social worker episodes from the
 * start of the year, or from when this period of care began if that was later: the episodes before care began
 * belong in the return too.
 */
final class RuleSW12STG2 extends SsdaRuleBase {

    RuleSW12STG2() {
        super("SW12STG2", "If a child is looked after on 31 March then all social worker episodes for the full "
                + "previous year should be reported, even those whilst they were not looked after",
                "Episodes", "SWEpisodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Map<String, List<SsdaRow>> workers = t.byChild(t.socialWorkers());
        List<Finding> found = new ArrayList<>();
        for (String child : t.episodesByChild().keySet()) {
            SsdaRow last = t.lastEpisode(child);
            if (!t.lookedAfterAtEnd(child) || last.is("LS", "V3", "V4")) {
                continue;
            }
            LocalDate careBegan = t.periodStart(child, last);
            LocalDate from = careBegan != null && careBegan.isAfter(t.start()) ? careBegan : t.start();
            boolean covered = workers.getOrDefault(child, List.of()).stream()
                    .anyMatch(w -> w.date("SW_DECOM") != null && !w.date("SW_DECOM").isAfter(from));
            if (!covered) {
                found.add(finding(child, "SW_DECOM"));
            }
        }
        return found;
    }
}
