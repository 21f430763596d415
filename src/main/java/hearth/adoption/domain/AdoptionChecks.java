package hearth.adoption.domain;

import hearth.adoption.AdoptionRuleBroken;
import java.time.LocalDate;

/** Checks shared by the adoption records; each failure names its message key. */
final class AdoptionChecks {

    private AdoptionChecks() {
    }

    static void check(boolean ok, String key, String message) {
        if (!ok) {
            throw new AdoptionRuleBroken("adoption.rule." + key, message);
        }
    }

    static void date(LocalDate date, LocalDate notBefore, LocalDate today, String what) {
        check(date != null, "dateMissing", what + " needs a date");
        check(!date.isAfter(today), "future", what + " cannot be in the future");
        check(notBefore == null || !date.isBefore(notBefore), "outOfOrder", what + " is before the step it follows");
    }

    static String required(String text, int max, String what) {
        check(text != null && !text.isBlank(), "required", what + " is required");
        check(text.strip().length() <= max, "tooLong", what + " is longer than " + max + " characters");
        return text.strip();
    }
}
