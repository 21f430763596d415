package hearth.fostering.domain;

import hearth.fostering.FosteringRuleBroken;
import java.time.LocalDate;

/** Checks shared by the fostering records; each failure names its message key. */
final class FosteringChecks {

    private FosteringChecks() {
    }

    static void check(boolean ok, String key, String message) {
        if (!ok) {
            throw new FosteringRuleBroken("fostering.rule." + key, message);
        }
    }

    static void notFuture(LocalDate date, LocalDate today, String what) {
        check(date != null, "dateMissing", what + " needs a date");
        check(!date.isAfter(today), "future", what + " cannot be in the future");
    }

    static String required(String text, int max, String what) {
        check(text != null && !text.isBlank(), "required", what + " is required");
        check(text.strip().length() <= max, "tooLong", what + " is longer than " + max + " characters");
        return text.strip();
    }

    static String optional(String text, int max, String what) {
        return text == null || text.isBlank() ? null : required(text, max, what);
    }
}
