package hearth.adoption.web;

import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads an adoption form's typed values into a {@link FormErrors}, keeping what was typed for re-display. */
final class AdoptionForm {

    /** What a form page shows: title, where it posts, where "back" goes, its questions and the version shown. */
    record Page(String titleKey, String action, String back, List<AdoptionField> fields, Long version, String ruleField) {

        Map<String, DateParts> dates(Map<String, String> values) {
            return fields.stream().filter(f -> f.kind().equals("date"))
                    .collect(Collectors.toMap(AdoptionField::name, f -> parts(values, f.name())));
        }
    }

    final Map<String, String> values;
    final FormErrors errors = new FormErrors();

    AdoptionForm(Map<String, String> values) {
        this.values = values;
    }

    LocalDate date(String name, boolean required) {
        DateParts parts = parts(values, name);
        if (!required && parts.blank()) {
            return null;
        }
        if (parts.problem() != null) {
            errors.reject(name, "adoption.error." + name);
            return null;
        }
        return parts.toDate();
    }

    String text(String name, int max, boolean required) {
        return errors.text(values, name, max, required, "adoption.error", "adoption.error.tooLong");
    }

    <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, values.getOrDefault(name, ""));
        } catch (IllegalArgumentException e) {
            errors.reject(name, "adoption.error." + name);
            return null;
        }
    }

    /** A yes/no radio answered "yes" or "no"; null (with an error) otherwise. */
    Boolean yesNo(String name) {
        String v = values.getOrDefault(name, "");
        if (v.equals("yes") || v.equals("no")) {
            return v.equals("yes");
        }
        errors.reject(name, "adoption.error." + name);
        return null;
    }

    Integer number(String name, int min, int max, boolean required) {
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
        errors.reject(name, "adoption.error." + name);
        return null;
    }

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
