package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * DfE rule 364: a child detained under PACE (J2) is not held in local authority accommodation for more than 21 days,
 * counting J2 episodes that follow on from each other as one stay (an open one to 31 March).
 */
final class Rule364 extends SsdaRuleBase {

    Rule364() {
        super("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can "
                + "be detained in custody in Local Authority (LA) accommodation.",
                "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            List<SsdaRow> stay = new ArrayList<>();
            long days = 0;
            LocalDate stayEnd = null;
            for (SsdaRow r : list) {
                if (!r.is("LS", "J2") || r.date("DECOM") == null) {
                    continue;
                }
                LocalDate end = r.date("DEC") != null ? r.date("DEC") : t.end();
                if (stayEnd == null || r.date("DECOM").isAfter(stayEnd)) {
                    report(stay, days, found);
                    stay = new ArrayList<>();
                    days = 0;
                }
                stay.add(r);
                days += days(r.date("DECOM"), end);
                stayEnd = end;
            }
            report(stay, days, found);
        });
        return found;
    }

    private void report(List<SsdaRow> stay, long days, List<Finding> found) {
        if (days > 21) {
            stay.forEach(r -> found.add(finding(r.child(), "LS", "DECOM", "DEC")));
        }
    }
}
