package hearth.court.domain;

import hearth.court.CourtRuleBroken;
import java.time.LocalDate;

/** Checks shared by the court records; each failure names its message key. */
final class Guards {

    private Guards() {
    }

    static void check(boolean ok, String key, String message) {
        if (!ok) {
            throw new CourtRuleBroken("court.rule." + key, message);
        }
    }

    static void notFuture(LocalDate date, LocalDate today, String what) {
        check(date != null, "dateMissing", what + " needs a date");
        check(!date.isAfter(today), "future", what + " cannot be in the future");
    }

    static String required(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (text.strip().length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return text.strip();
    }

    static String optional(String text, int max, String what) {
        return text == null || text.isBlank() ? null : required(text, max, what);
    }
}
