package hearth.timescales.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** A form's errors in page order: the id of the field each links to, and the message shown. */
class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();
    private final MessageSource source;
    private final Locale locale;

    FormErrors(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    void add(String fieldId, String key, Object... arguments) {
        messages.putIfAbsent(fieldId, source.getMessage(key, arguments, locale));
    }

    boolean any() {
        return !messages.isEmpty();
    }

    /** For the templates: field id to message. */
    Map<String, String> asMap() {
        return messages;
    }
}
