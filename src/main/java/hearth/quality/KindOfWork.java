package hearth.quality;

/** The child's legal status or kind of work now, the strongest first when more than one applies. */
public enum KindOfWork {
    LOOKED_AFTER,
    CARE_LEAVER,
    CHILD_PROTECTION,
    CHILD_IN_NEED,
    OTHER
}
