package hearth.missing;

/** SSDA903 MISSING: missing (whereabouts unknown) or away without authorisation (whereabouts known). */
public enum MissingKind {
    MISSING("M"), AWAY("A");

    private final String code;

    MissingKind(String code) {
        this.code = code;
    }

    /** The SSDA903 code, M or A. */
    public String code() {
        return code;
    }
}
