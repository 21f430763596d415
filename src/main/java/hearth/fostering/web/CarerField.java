package hearth.fostering.web;

import java.util.List;

/**
 * One question on a fostering form: its name (the input's id and name), how it is asked (date, text, textarea,
 * radios) and, for radios, the options whose labels are {@code prefix + option}. Labels are
 * {@code fostering.field.<name>}, hints {@code fostering.field.<name>.hint} when {@code hint} is set.
 */
record CarerField(String name, String kind, boolean hint, List<?> options, String prefix) {

    static CarerField date(String name, boolean hint) {
        return new CarerField(name, "date", hint, List.of(), null);
    }

    static CarerField text(String name, boolean hint) {
        return new CarerField(name, "text", hint, List.of(), null);
    }

    static CarerField textarea(String name, boolean hint) {
        return new CarerField(name, "textarea", hint, List.of(), null);
    }

    static CarerField radios(String name, Object[] options, String prefix) {
        return new CarerField(name, "radios", false, List.of(options), prefix);
    }

    public String labelKey() {
        return "fostering.field." + name;
    }

    public String hintKey() {
        return hint ? "fostering.field." + name + ".hint" : null;
    }
}
