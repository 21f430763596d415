package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 388: an episode ended X1 has a continuation episode that day. */
final class Rule388 extends SsdaRuleBase {

    Rule388() {
        super("388", "Reason episode ceased is coded new episode begins, but there is no continuation "
                + "episode.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            for (int i = 0; i < list.size(); i++) {
                SsdaRow e = list.get(i);
                boolean next = i + 1 < list.size() && e.date("DEC") != null
                        && e.date("DEC").equals(list.get(i + 1).date("DECOM"));
                if (e.is("REC", "X1") && !next) {
                    found.add(finding(child, "REC"));
                }
            }
        });
        return found;
    }
}
