package hearth.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's errors in the order the fields appear: field id to message key. Pages show them in the
 * GOV.UK error summary (linking to each field) and beside each field.
 */
public class FormErrors {

    public record FieldError(String field, String messageKey) {
    }

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormErrors reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    /**
     * Reads a typed text field, stripped (null when empty). A missing required value is rejected with
     * {@code <prefix>.<field>}, an over-long one with {@code tooLongKey}.
     */
    public String text(java.util.Map<String, String> form, String field, int max, boolean required, String prefix,
            String tooLongKey) {
        String value = form.getOrDefault(field, "").strip();
        if (required && value.isEmpty()) {
            reject(field, prefix + "." + field);
        } else if (value.length() > max) {
            reject(field, tooLongKey);
        }
        return value.isEmpty() ? null : value;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String get(String field) {
        return errors.get(field);
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<FieldError> all() {
        return errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }
}
