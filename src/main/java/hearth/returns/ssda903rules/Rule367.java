package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** DfE rule 367: no more than 75 days of short breaks in the year. */
final class Rule367 extends SsdaRuleBase {

    Rule367() {
        super("367", "The maximum amount of respite care allowable is 75 days in any 12-month period.", "Episodes");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            long total = 0;
            for (SsdaRow e : list) {
                if (e.is("LS", "V3") && e.date("DECOM") != null) {
                    LocalDate from = e.date("DECOM").isBefore(t.start()) ? t.start() : e.date("DECOM");
                    LocalDate to = e.date("DEC") == null || e.date("DEC").isAfter(t.end()) ? t.end() : e.date("DEC");
                    total += Math.max(0, days(from, to));
                }
            }
            if (total > 75) {
                found.add(finding(child, "LS"));
            }
        });
        return found;
    }
}
