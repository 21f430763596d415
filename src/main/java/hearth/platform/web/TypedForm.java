package hearth.platform.web;

import java.time.LocalDate;
import java.util.Map;

/**
 * Reads a GOV.UK form's typed values into a {@link FormErrors}, keeping what was typed for re-display. Each error
 * names the field, with the message key {@code <prefix>.error.<field>} (and {@code <prefix>.error.tooLong}).
 */
public class TypedForm {

    public final Map<String, String> values;
    public final FormErrors errors = new FormErrors();
    private final String prefix;

    protected TypedForm(Map<String, String> values, String prefix) {
        this.values = values;
        this.prefix = prefix;
    }

    /** A GOV.UK date input's three boxes ({@code <name>Day} and so on); null when blank and optional. */
    public LocalDate date(String name, boolean required) {
        DateParts parts = parts(values, name);
        if (!required && parts.blank()) {
            return null;
        }
        if (parts.problem() != null) {
            errors.reject(name, prefix + ".error." + name);
            return null;
        }
        return parts.toDate();
    }

    public String text(String name, int max, boolean required) {
        return errors.text(values, name, max, required, prefix + ".error", prefix + ".error.tooLong");
    }

    public <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, values.getOrDefault(name, ""));
        } catch (IllegalArgumentException e) {
            errors.reject(name, prefix + ".error." + name);
            return null;
        }
    }

    /** A yes/no radio answered "yes" or "no"; null (with an error) otherwise. */
    public Boolean yesNo(String name) {
        String v = values.getOrDefault(name, "");
        if (v.equals("yes") || v.equals("no")) {
            return v.equals("yes");
        }
        errors.reject(name, prefix + ".error." + name);
        return null;
    }

    /** A whole number from {@code min} to {@code max}; null (with an error) otherwise. */
    public Integer number(String name, int min, int max) {
        return number(name, min, max, true);
    }

    /** A whole number from {@code min} to {@code max}; null when blank and optional, else null with an error. */
    public Integer number(String name, int min, int max, boolean required) {
        String text = values.getOrDefault(name, "").strip();
        if (!required && text.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        errors.reject(name, prefix + ".error." + name);
        return null;
    }

    /** The version the form was shown with; a form without one is refused as incomplete (400). */
    public long version() {
        try {
            return Long.parseLong(values.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }

    public static DateParts parts(Map<String, String> values, String name) {
        return new DateParts(values.getOrDefault(name + "Day", ""), values.getOrDefault(name + "Month", ""),
                values.getOrDefault(name + "Year", ""));
    }
}
