package hearth.carehealth;

import java.util.List;

/**
 * What a health, education or advocacy record is about. Each kind says which outcomes it takes (none for most),
 * whether it takes an SDQ score and whether it is about health or education (the chronology category); a conviction
 * record is neither, and is only for a child of 10 or over.
 */
public enum CareHealthKind {
    INITIAL_HEALTH_ASSESSMENT(true),
    REVIEW_HEALTH_ASSESSMENT(true),
    DENTAL_CHECK(true),
    IMMUNISATIONS(true, CareHealthOutcome.UP_TO_DATE, CareHealthOutcome.NOT_UP_TO_DATE),
    SDQ(true),
    SUBSTANCE_MISUSE(true, CareHealthOutcome.IDENTIFIED, CareHealthOutcome.NOT_IDENTIFIED),
    PEP(false),
    PEP_REVIEW(false),
    SCHOOL_CHANGE(false),
    VIRTUAL_SCHOOL_INFORMED(false),
    ATTENDANCE_NOTE(false),
    EXCLUSION(false),
    INDEPENDENT_VISITOR(false, CareHealthOutcome.OFFERED, CareHealthOutcome.ACCEPTED, CareHealthOutcome.DECLINED,
            CareHealthOutcome.MATCHED, CareHealthOutcome.ENDED),
    ADVOCATE(false, CareHealthOutcome.OFFERED, CareHealthOutcome.ACCEPTED, CareHealthOutcome.DECLINED,
            CareHealthOutcome.MATCHED, CareHealthOutcome.ENDED),
    /** Whether the child was convicted (or cautioned) in the year: SSDA903 OC2 CONVICTED, for children of 10 or over. */
    CONVICTION(false, CareHealthOutcome.CONVICTED, CareHealthOutcome.NOT_CONVICTED);

    /** The age of criminal responsibility in England: nothing about convictions is recorded for a younger child. */
    public static final int CONVICTION_MIN_AGE = 10;

    private final boolean health;
    private final List<CareHealthOutcome> outcomes;

    CareHealthKind(boolean health, CareHealthOutcome... outcomes) {
        this.health = health;
        this.outcomes = List.of(outcomes);
    }

    /** Health (true) or education and advocacy (false). */
    public boolean health() {
        return health;
    }

    /** The outcomes a record of this kind must choose from; empty when it takes none. */
    public List<CareHealthOutcome> outcomes() {
        return outcomes;
    }

    public boolean takesScore() {
        return this == SDQ;
    }

    /** School changes name the new school; attendance and exclusion notes say what happened. */
    public boolean needsDetail() {
        return this == SCHOOL_CHANGE || this == ATTENDANCE_NOTE || this == EXCLUSION;
    }

    public boolean healthAssessment() {
        return this == INITIAL_HEALTH_ASSESSMENT || this == REVIEW_HEALTH_ASSESSMENT;
    }

    /** The youngest a child can be on the record's date, or 0 when any age will do. */
    public int minimumAge() {
        return this == CONVICTION ? CONVICTION_MIN_AGE : 0;
    }

    public boolean pep() {
        return this == PEP || this == PEP_REVIEW;
    }

    /** The form's path segment, e.g. {@code dental-check}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<CareHealthKind> fromSlug(String slug) {
        for (CareHealthKind kind : values()) {
            if (kind.slug().equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
