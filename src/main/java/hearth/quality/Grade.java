package hearth.quality;

/** Ofsted's four-point judgement scale, best first; {@link #score()} is 1 (outstanding) to 4 (inadequate). */
public enum Grade {
    OUTSTANDING,
    GOOD,
    REQUIRES_IMPROVEMENT,
    INADEQUATE;

    public int score() {
        return ordinal() + 1;
    }

    /** Good or better: the share inspectors and leaders watch. */
    public boolean goodOrBetter() {
        return this == OUTSTANDING || this == GOOD;
    }
}
