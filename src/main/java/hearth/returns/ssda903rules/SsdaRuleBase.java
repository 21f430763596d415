package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What every rule shares: its code, message and tables, and ways to word findings. */
abstract class SsdaRuleBase implements SsdaRule {

    private final String code;
    private final String message;
    private final List<String> tables;

    SsdaRuleBase(String code, String message, String... tables) {
        this.code = code;
        this.message = message;
        this.tables = List.of(tables);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public List<String> tables() {
        return tables;
    }

    Finding finding(String child, String... fields) {
        return new Finding(child, code, error(), message, List.of(fields));
    }

    /** A finding for each row that is bad, naming the fields. */
    List<Finding> where(List<SsdaRow> rows, Predicate<SsdaRow> bad, String... fields) {
        List<Finding> found = new ArrayList<>();
        for (SsdaRow r : rows) {
            if (bad.test(r)) {
                found.add(finding(r.child(), fields));
            }
        }
        return found;
    }

    /** A finding for each episode made bad by the one before it (the same child's, in start order). */
    List<Finding> pairs(SsdaTables t, java.util.function.BiPredicate<SsdaRow, SsdaRow> bad, String... fields) {
        List<Finding> found = new ArrayList<>();
        t.episodesByChild().forEach((child, list) -> {
            for (int i = 1; i < list.size(); i++) {
                if (bad.test(list.get(i - 1), list.get(i))) {
                    found.add(finding(child, fields));
                }
            }
        });
        return found;
    }

    /** The child's age on a day, from the header's date of birth (null if unknown). */
    static Integer ageOn(SsdaTables t, String child, LocalDate day) {
        return age(t.dob(child), day);
    }

    /** Filled in with something not in the code set. */
    static boolean invalid(SsdaRow r, String column, Set<String> codes) {
        return r.has(column) && !codes.contains(r.text(column));
    }

    /** Blank or not in the code set. */
    static boolean missingOrInvalid(SsdaRow r, String column, Set<String> codes) {
        return !codes.contains(r.text(column));
    }

    static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    static Integer age(LocalDate dob, LocalDate on) {
        return SsdaTables.age(dob, on);
    }

    /** Any of the columns is filled in. */
    static boolean any(SsdaRow r, String... columns) {
        for (String c : columns) {
            if (r.has(c)) {
                return true;
            }
        }
        return false;
    }

    /** Any of the columns is blank. */
    static boolean anyBlank(SsdaRow r, String... columns) {
        for (String c : columns) {
            if (r.blank(c)) {
                return true;
            }
        }
        return false;
    }

    /** Days from one date to the other, or 0 if either is missing. */
    static long days(LocalDate from, LocalDate to) {
        return from == null || to == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    /** Some but not all of the columns are filled in. */
    static boolean partly(SsdaRow r, String... columns) {
        int filled = 0;
        for (String c : columns) {
            if (r.has(c)) {
                filled++;
            }
        }
        return filled > 0 && filled < columns.length;
    }
}
