package hearth.adoption.web;

import java.util.List;

/**
 * One question on an adoption form: its name (the input's id and name), how it is asked (date, text, textarea,
 * radios, select) and, for radios and selects, the options whose labels are {@code prefix + option}. Labels are
 * {@code adoption.field.<name>}, hints {@code adoption.field.<name>.hint} when {@code hint} is set.
 */
record AdoptionField(String name, String kind, boolean hint, List<?> options, String prefix) {

    static AdoptionField date(String name, boolean hint) {
        return new AdoptionField(name, "date", hint, List.of(), null);
    }

    static AdoptionField text(String name, boolean hint) {
        return new AdoptionField(name, "text", hint, List.of(), null);
    }

    static AdoptionField textarea(String name, boolean hint) {
        return new AdoptionField(name, "textarea", hint, List.of(), null);
    }

    static AdoptionField radios(String name, Object[] options, String prefix) {
        return new AdoptionField(name, "radios", false, List.of(options), prefix);
    }

    static AdoptionField select(String name, Object[] options, String prefix) {
        return new AdoptionField(name, "select", false, List.of(options), prefix);
    }

    static AdoptionField radios(String name, boolean hint, Object[] options, String prefix) {
        return new AdoptionField(name, "radios", hint, List.of(options), prefix);
    }

    public String labelKey() {
        return "adoption.field." + name;
    }

    public String hintKey() {
        return hint ? "adoption.field." + name + ".hint" : null;
    }
}
