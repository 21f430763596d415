package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule comparing this year's return with last year's (the DfE's {@code _last} tables). Skipped, with no findings,
 * when no last year is given ({@code --last DIR} on the command line).
 */
abstract class SsdaLastYearRule extends SsdaRuleBase {

    SsdaLastYearRule(String code, String message, String... tables) {
        super(code, message, tables);
    }

    @Override
    public final List<Finding> check(SsdaTables t) {
        return t.last() == null ? List.of() : compare(t, t.last());
    }

    /** Every place in this year's return that disagrees with last year's. */
    abstract List<Finding> compare(SsdaTables now, SsdaTables last);

    /** A finding for each child in both years' headers whose column differs (ignoring case, as the DfE tool does). */
    List<Finding> headerChanged(SsdaTables now, SsdaTables last, String column) {
        Map<String, SsdaRow> before = last.headerByChild();
        return where(now.header(), r -> before.containsKey(r.child())
                && !r.text(column).equalsIgnoreCase(before.get(r.child()).text(column)), column);
    }

    /**
     * A finding for each child whose first episode this year differs in {@code column} from last year's latest
     * episode when that was still open at the end of last year.
     */
    List<Finding> firstDiffersFromOpen(SsdaTables now, SsdaTables last, String column) {
        List<Finding> found = new ArrayList<>();
        Map<String, List<SsdaRow>> before = last.episodesByChild();
        now.episodesByChild().forEach((child, list) -> {
            SsdaRow open = latest(before.get(child));
            if (open != null && open.blank("DEC") && !list.isEmpty() && differs(list.get(0), open, column)) {
                found.add(finding(child, column));
            }
        });
        return found;
    }

    /** Whether the episode's column differs from the earlier one's (a rule may allow a recoded value). */
    boolean differs(SsdaRow first, SsdaRow open, String column) {
        return !first.text(column).equalsIgnoreCase(open.text(column));
    }

    /** The episode that started last (by a valid DECOM; the last in the file on a tie), or null. */
    static SsdaRow latest(List<SsdaRow> episodes) {
        SsdaRow found = null;
        for (SsdaRow r : episodes == null ? List.<SsdaRow>of() : episodes) {
            LocalDate d = r.date("DECOM");
            if (d != null && (found == null || !d.isBefore(found.date("DECOM")))) {
                found = r;
            }
        }
        return found;
    }

    /** The same day, or the same text when either is not a valid date. */
    static boolean sameDate(SsdaRow a, SsdaRow b, String column) {
        LocalDate x = a.date(column);
        LocalDate y = b.date(column);
        return x != null && y != null ? x.equals(y) : Objects.equals(a.text(column), b.text(column));
    }
}
