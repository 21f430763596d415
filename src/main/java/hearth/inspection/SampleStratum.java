package hearth.inspection;

/** The groups of children an inspector samples across. */
public enum SampleStratum {
    CHILD_IN_NEED,
    CHILD_PROTECTION,
    LOOKED_AFTER,
    CARE_LEAVER,
    RECENTLY_CLOSED
}
