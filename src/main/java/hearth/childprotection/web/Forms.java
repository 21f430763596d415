package hearth.childprotection.web;

import hearth.childprotection.Attendance;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the child protection forms: every problem goes into the errors under {@code childprotection.error.<field>}. */
final class Forms {

    static final String PREFIX = "childprotection.error";
    static final int SHORT = 1000;
    static final int LONG = 4000;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private final Map<String, String> form;
    private final FormErrors errors = new FormErrors();
    private final LocalDate today;

    Forms(Map<String, String> form, LocalDate today) {
        this.form = form;
        this.today = today;
    }

    FormErrors errors() {
        return errors;
    }

    String text(String field, int max, boolean required) {
        return errors.text(form, field, max, required, PREFIX, PREFIX + ".tooLong");
    }

    /** A real date, not in the future, and not before {@code notBefore} when given. */
    LocalDate date(String field, boolean required, LocalDate notBefore) {
        DateParts parts = parts(form, field);
        if (parts.blank() && !required) {
            return null;
        }
        if (parts.problem() != null) {
            errors.reject(field, PREFIX + "." + field);
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isAfter(today)) {
            errors.reject(field, PREFIX + ".future");
            return null;
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            errors.reject(field, PREFIX + "." + field + ".tooEarly");
            return null;
        }
        return date;
    }

    LocalTime time(String field) {
        Matcher m = TIME.matcher(form.getOrDefault(field, "").strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
        }
        errors.reject(field, PREFIX + "." + field);
        return null;
    }

    Boolean yesNo(String field) {
        String value = form.get(field);
        if ("yes".equals(value)) {
            return true;
        }
        if ("no".equals(value)) {
            return false;
        }
        errors.reject(field, PREFIX + "." + field);
        return null;
    }

    <E extends Enum<E>> E choice(Class<E> type, String field, boolean required) {
        return choice(type, field, required, field);
    }

    /** A choice whose error message is {@code childprotection.error.<key>} (for fields named after a record). */
    <E extends Enum<E>> E choice(Class<E> type, String field, boolean required, String key) {
        String value = form.getOrDefault(field, "");
        if (value.isEmpty() && !required) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.reject(field, PREFIX + "." + key);
            return null;
        }
    }

    /** Required text whose missing-value message is {@code childprotection.error.<key>}. */
    String text(String field, int max, String key) {
        String value = form.getOrDefault(field, "").strip();
        if (value.isEmpty()) {
            errors.reject(field, PREFIX + "." + key);
        } else if (value.length() > max) {
            errors.reject(field, PREFIX + ".tooLong");
        }
        return value.isEmpty() ? null : value;
    }

    /** Names by agency; at least one agency must have someone. */
    Attendance attendance() {
        Attendance a = new Attendance(text("attPolice", SHORT, false), text("attHealth", SHORT, false),
                text("attEducation", SHORT, false), text("attSocialCare", SHORT, false),
                text("attOthers", SHORT, false));
        if (a.nobody()) {
            errors.reject("attPolice", PREFIX + ".attendance");
        }
        return a;
    }

    void reject(String field, String key) {
        errors.reject(field, PREFIX + "." + key);
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }
}
