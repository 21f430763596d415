package hearth.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The DfE's factors identified at assessment (CIN census AssessmentFactors). 18A and 19A are kept so old
 * records read, but are deprecated (queries 8945Q/8950Q) and refused for new entries; 21 stands alone (8869).
 */
public enum AssessmentFactor {
    F1A, F1B, F1C, F2A, F2B, F2C, F3A, F3B, F3C, F4A, F4B, F4C, F5A, F5B, F5C, F6A, F6B, F6C, F7A,
    F8B, F8C, F8D, F8E, F8F, F9A, F10A, F11A, F12A, F13A, F14A, F15A, F16A, F17A,
    F18A(true), F18B, F18C, F19A(true), F19B, F19C, F20, F21, F22A, F23A, F24A;

    /** "21 No factors identified": never combined with another code (rule 8869). */
    public static final AssessmentFactor NO_FACTORS = F21;

    private final boolean deprecated;

    AssessmentFactor() {
        this(false);
    }

    AssessmentFactor(boolean deprecated) {
        this.deprecated = deprecated;
    }

    /** The DfE code, e.g. "18B". */
    public String code() {
        return name().substring(1);
    }

    public boolean deprecated() {
        return deprecated;
    }

    /** The codes a worker may choose for a new entry, in DfE order. */
    public static List<AssessmentFactor> offered() {
        return Arrays.stream(values()).filter(f -> !f.deprecated).toList();
    }

    public static Optional<AssessmentFactor> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
