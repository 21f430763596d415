package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DfE rule 199: no episode follows (or repeats) one that ended in adoption (E11, E12). Looks at this year's episodes
 * and, when given, last year's before them.
 */
final class Rule199 extends SsdaRuleBase {

    Rule199() {
        super("199", "Episode information shows child has been previously adopted from care. [NOTE: This only tests "
                + "the current and previous year data loaded into the tool]",
                "Episodes", "Episodes_last");
    }

    @Override
    public List<Finding> check(SsdaTables t) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            Set<LocalDate> thisYear = new HashSet<>();
            list.forEach(r -> thisYear.add(r.date("DECOM")));
            List<SsdaRow> all = new ArrayList<>(list);
            if (t.last() != null) {
                t.last().episodesOf(child).stream().filter(r -> !thisYear.contains(r.date("DECOM"))).forEach(all::add);
            }
            all.removeIf(r -> r.date("DECOM") == null);
            all.sort(Comparator.comparing(r -> r.date("DECOM")));
            int adoptions = 0;
            for (SsdaRow r : all) {
                boolean adopted = r.is("REC", "E11", "E12");
                if (adopted) {
                    adoptions++;
                }
                boolean bad = adoptions > 1 || (adoptions == 1 && !adopted);
                if (bad && list.contains(r)) {
                    found.add(finding(child, "CHILD"));
                }
            }
        });
        return found;
    }
}
