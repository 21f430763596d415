package hearth.quality;

import java.util.List;

/** How an audit question is answered: a grade on the Ofsted scale, yes / no / partly, or the auditor's own words. */
public enum AnswerType {
    GRADE,
    YES_NO_PARTLY,
    FREE_TEXT;

    /** The answers allowed (empty for free text, answered only in words). */
    public List<String> options() {
        return switch (this) {
            case GRADE -> java.util.Arrays.stream(Grade.values()).map(Enum::name).toList();
            case YES_NO_PARTLY -> List.of("YES", "PARTLY", "NO");
            case FREE_TEXT -> List.of();
        };
    }
}
