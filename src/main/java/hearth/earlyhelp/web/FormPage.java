package hearth.earlyhelp.web;

import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/** Draws an early help form page and reads its answers, GOV.UK style: errors keep what was typed. */
final class FormPage {

    static final int SHORT = 200;
    static final int NOTE = 2000;
    static final int LONG = 4000;

    private FormPage() {
    }

    /** Fills the model for {@code earlyhelp/form.html}. {@code version} is the record version the form shows. */
    static String render(Model model, String titleKey, String captionText, String back, String action,
            List<Field> fields, Map<String, String> form, FormErrors errors, Long version, String buttonKey,
            String introKey) {
        Map<String, DateParts> dates = new HashMap<>();
        for (Field f : fields) {
            if (f.type().equals("date")) {
                dates.put(f.name(), new DateParts(form.getOrDefault(f.name() + "Day", ""),
                        form.getOrDefault(f.name() + "Month", ""), form.getOrDefault(f.name() + "Year", "")));
            }
        }
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("caption", captionText);
        model.addAttribute("back", back);
        model.addAttribute("action", action);
        model.addAttribute("fields", fields);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("dates", dates);
        model.addAttribute("version", version == null ? null : String.valueOf(version));
        model.addAttribute("buttonKey", buttonKey);
        model.addAttribute("introKey", introKey);
        return "earlyhelp/form";
    }

    /** The date in the three boxes of {@code field}, not in the future; null (and an error) otherwise. */
    static LocalDate date(Map<String, String> form, String field, boolean required, Clock clock, FormErrors errors) {
        DateParts parts = new DateParts(form.get(field + "Day"), form.get(field + "Month"), form.get(field + "Year"));
        if (parts.blank() && !required) {
            return null;
        }
        if (parts.problem() != null) {
            errors.reject(field, "earlyhelp.error." + field);
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isAfter(LocalDate.now(clock.withZone(Due.LONDON)))) {
            errors.reject(field, "earlyhelp.error.future");
            return null;
        }
        return date;
    }

    /** A date that may be in the future (e.g. when an action is due). */
    static LocalDate anyDate(Map<String, String> form, String field, FormErrors errors) {
        DateParts parts = new DateParts(form.get(field + "Day"), form.get(field + "Month"), form.get(field + "Year"));
        if (parts.problem() != null) {
            errors.reject(field, "earlyhelp.error." + field);
            return null;
        }
        return parts.toDate();
    }

    static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "earlyhelp.error", "earlyhelp.error.tooLong");
    }

    static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> form, String field, FormErrors errors) {
        try {
            return Enum.valueOf(type, form.getOrDefault(field, ""));
        } catch (IllegalArgumentException e) {
            errors.reject(field, "earlyhelp.error." + field);
            return null;
        }
    }

    /** The version the form was drawn with; a missing or garbled one is a bad request. */
    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }

    /** Prefills a date field's boxes. */
    static void putDate(Map<String, String> form, String field, LocalDate date) {
        DateParts parts = DateParts.of(date);
        form.put(field + "Day", parts.day());
        form.put(field + "Month", parts.month());
        form.put(field + "Year", parts.year());
    }
}
