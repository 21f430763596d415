package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 575: a missing or away period that began during a placement that has since ended has an end date. An
 * episode followed the same day by one for a change of legal status only (RNE L) has not ended the placement.
 */
final class Rule575 extends SsdaRuleBase {

    Rule575() {
        super("575", "If the placement from which the child goes missing/away from placement without authorisation "
                + "ends, the missing/away from placement without authorisation period in the missing module must also "
                + "have an end date.",
                "Episodes", "Missing");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        Map<String, List<SsdaRow>> episodes = t.episodesByChild();
        List<Finding> found = new ArrayList<>();
        for (SsdaRow m : t.missing()) {
            if (m.has("MIS_END") || m.date("MIS_START") == null) {
                continue;
            }
            List<SsdaRow> list = episodes.getOrDefault(m.child(), List.of());
            for (int i = 0; i < list.size(); i++) {
                SsdaRow e = list.get(i);
                boolean sameDayLegalChange = i + 1 < list.size() && list.get(i + 1).is("RNE", "L")
                        && e.date("DEC") != null && e.date("DEC").equals(list.get(i + 1).date("DECOM"));
                if (e.date("DEC") != null && !before(m.date("MIS_START"), e.date("DECOM"))
                        && !after(m.date("MIS_START"), e.date("DEC")) && !sameDayLegalChange) {
                    found.add(finding(m.child(), "MIS_END"));
                    break;
                }
            }
        }
        return found;
    }
}
