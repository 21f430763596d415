package hearth.earlyhelp.web;

import java.util.Arrays;
import java.util.List;

/**
 * One question on an early help form, drawn by {@code earlyhelp/form.html}: the field's name is its id and
 * parameter; its label is {@code earlyhelp.field.<name>} and its hint {@code earlyhelp.field.<name>.hint}.
 */
record Field(String type, String name, boolean hint, List<Option> options, boolean inline) {

    /** A choice: its value and a message key, or (for workers) the text itself. */
    record Option(String value, String key, String text) {
    }

    static Field text(String name, boolean hint) {
        return new Field("text", name, hint, List.of(), false);
    }

    static Field textarea(String name, boolean hint) {
        return new Field("textarea", name, hint, List.of(), false);
    }

    static Field date(String name, boolean hint) {
        return new Field("date", name, hint, List.of(), false);
    }

    static Field heading(String name) {
        return new Field("heading", name, false, List.of(), false);
    }

    static <E extends Enum<E>> Field radios(String name, boolean hint, Class<E> type, String prefix) {
        return new Field("radios", name, hint, Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), prefix + e.name(), null)).toList(), false);
    }

    static Field radios(String name, boolean hint, List<Option> options) {
        return new Field("radios", name, hint, options, false);
    }

    static Field select(String name, boolean hint, List<Option> options) {
        return new Field("select", name, hint, options, false);
    }

    public String labelKey() {
        return "earlyhelp.field." + name;
    }

    public String hintKey() {
        return hint ? "earlyhelp.field." + name + ".hint" : null;
    }
}
