package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** What every rule shares: its code and message, and a way to word a finding. */
abstract class CinRuleBase implements CinRule {

    private final String code;
    private final String message;

    CinRuleBase(String code, String message) {
        this.code = code;
        this.message = message;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String message() {
        return message;
    }

    Finding finding(String child, String... fields) {
        return new Finding(child, code, error(), message, List.of(fields));
    }

    static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean weekend(LocalDate d) {
        return d != null && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    /** Monday to Friday days after {@code from} up to and including {@code to} (bank holidays not known here). */
    static long weekdaysBetween(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!weekend(d)) {
                count++;
            }
        }
        return count;
    }

    /** Two periods overlap when each starts before the other ends; a missing end means still open. */
    static boolean overlap(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
        if (s1 == null || s2 == null) {
            return false;
        }
        boolean firstBeforeSecondEnds = e2 == null || s1.isBefore(e2);
        boolean secondBeforeFirstEnds = e1 == null || s2.isBefore(e1);
        return firstBeforeSecondEnds && secondBeforeFirstEnds;
    }
}
