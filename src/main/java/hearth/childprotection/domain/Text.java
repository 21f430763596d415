package hearth.childprotection.domain;

/** Guards shared by the entities. */
final class Text {

    private Text() {
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is needed");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
