package hearth.court.web;

import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.Map;

/** Reads a court form's typed values into a {@link FormErrors}, keeping what was typed for re-display. */
final class CourtForm {

    static final int SHORT = 200;
    static final int ATTENDEES = 1000;
    static final int REASONS = 2000;
    static final int LONG = 4000;

    final Map<String, String> values;
    final FormErrors errors = new FormErrors();

    CourtForm(Map<String, String> values) {
        this.values = values;
    }

    /** A GOV.UK date input's three boxes ({@code <name>Day} and so on); null when blank and optional. */
    LocalDate date(String name, boolean required) {
        DateParts parts = parts(values, name);
        if (!required && parts.blank()) {
            return null;
        }
        if (parts.problem() != null) {
            errors.reject(name, "court.error." + name);
            return null;
        }
        return parts.toDate();
    }

    String text(String name, int max, boolean required) {
        return errors.text(values, name, max, required, "court.error", "court.error.tooLong");
    }

    <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, values.getOrDefault(name, ""));
        } catch (IllegalArgumentException e) {
            errors.reject(name, "court.error." + name);
            return null;
        }
    }

    Integer number(String name, int min, int max) {
        String text = values.getOrDefault(name, "").strip();
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        errors.reject(name, "court.error." + name);
        return null;
    }

    /** The version the form was shown with; a form without one is refused as incomplete (400). */
    long version() {
        try {
            return Long.parseLong(values.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }

    static DateParts parts(Map<String, String> values, String name) {
        return new DateParts(values.getOrDefault(name + "Day", ""), values.getOrDefault(name + "Month", ""),
                values.getOrDefault(name + "Year", ""));
    }
}
