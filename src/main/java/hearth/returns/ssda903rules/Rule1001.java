package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DfE rule 1001: a care leaver was a relevant or former relevant child: looked after (not on short breaks) for at
 * least 91 days from their 14th birthday, at least a day of it from their 16th, and not adopted. Counted over this
 * year's and last year's episodes (an episode in both once; the latest, if open, to 31 March); young people 20 or over
 * at 31 March are left out, as their care was mostly before last year.
 */
final class Rule1001 extends SsdaLastYearRule {

    Rule1001() {
        super("1001", "The episodes recorded for this young person suggest they are not a relevant or a former "
                + "relevant child and therefore should not have care leaver information completed. [NOTE: This tool "
                + "can only test the current and previous year data loaded into the tool - this check may generate "
                + "false positives if a child had episodes prior to last year's collection.]",
                "Episodes", "Episodes_last", "Header", "OC3");
    }

    @Override
    List<Finding> compare(SsdaTables now, SsdaTables last) {
        if (now.episodes().isEmpty() || last.episodes().isEmpty() || now.header().isEmpty()) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        for (SsdaRow leaver : now.oc3()) {
            LocalDate dob = now.dob(leaver.child());
            if (dob == null || !dob.plusYears(20).isAfter(now.end())) {
                continue;
            }
            List<SsdaRow> episodes = bothYears(now, last, leaver.child());
            if (!relevant(episodes, dob, now.end()) || adopted(episodes)) {
                found.add(finding(leaver.child(), "IN_TOUCH", "ACTIV", "ACCOM"));
            }
        }
        return found;
    }

    /** The child's episodes of both years in start order, one per start day (the one with an end day if either has). */
    private static List<SsdaRow> bothYears(SsdaTables now, SsdaTables last, String child) {
        Map<LocalDate, SsdaRow> byStart = new LinkedHashMap<>();
        List<SsdaRow> all = new ArrayList<>(now.episodesOf(child));
        all.addAll(last.episodesOf(child));
        for (SsdaRow r : all) {
            LocalDate start = r.date("DECOM");
            if (start != null && (!byStart.containsKey(start) || byStart.get(start).blank("DEC"))) {
                byStart.put(start, r);
            }
        }
        List<SsdaRow> list = new ArrayList<>(byStart.values());
        list.sort(Comparator.comparing(r -> r.date("DECOM")));
        return list;
    }

    private static boolean relevant(List<SsdaRow> episodes, LocalDate dob, LocalDate end) {
        long from14 = 0;
        long from16 = 0;
        for (int i = 0; i < episodes.size(); i++) {
            SsdaRow r = episodes.get(i);
            if (r.is("LS", "V3", "V4")) {
                continue;
            }
            LocalDate to = r.date("DEC") != null ? r.date("DEC") : i == episodes.size() - 1 ? end : null;
            if (to == null) {
                continue;
            }
            LocalDate start = r.date("DECOM");
            from14 += Math.max(0, days(later(start, dob.plusYears(14)), to));
            from16 += Math.max(0, days(later(start, dob.plusYears(16)), to));
        }
        return from14 >= 91 && from16 >= 1;
    }

    private static boolean adopted(List<SsdaRow> episodes) {
        return !episodes.isEmpty() && episodes.get(episodes.size() - 1).is("REC", "E11", "E12");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
