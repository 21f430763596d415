package hearth.court.web;

import java.util.List;

/**
 * One question on a court form: its name (the input's id and name), how it is asked (date, text, textarea,
 * radios) and, for radios, the options whose labels are {@code prefix + option}. Labels are
 * {@code court.field.<name>}, hints {@code court.field.<name>.hint} when {@code hint} is set.
 */
record Field(String name, String kind, boolean hint, List<?> options, String prefix) {

    static Field date(String name, boolean hint) {
        return new Field(name, "date", hint, List.of(), null);
    }

    static Field text(String name, boolean hint) {
        return new Field(name, "text", hint, List.of(), null);
    }

    static Field textarea(String name, boolean hint) {
        return new Field(name, "textarea", hint, List.of(), null);
    }

    static Field radios(String name, Object[] options, String prefix) {
        return new Field(name, "radios", false, List.of(options), prefix);
    }

    public String labelKey() {
        return "court.field." + name;
    }

    public String hintKey() {
        return hint ? "court.field." + name + ".hint" : null;
    }
}
