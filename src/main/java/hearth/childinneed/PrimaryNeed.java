package hearth.childinneed;

/** The DfE CIN census primary need code (N0-N9) recorded on an episode of need. */
public enum PrimaryNeed {
    /** Abuse, neglect and exploitation. */
    N1,
    /** Child's disability. */
    N2,
    /** Parental disability or illness. */
    N3,
    /** Family in acute stress. */
    N4,
    /** Family dysfunction. */
    N5,
    /** Socially unacceptable behaviour. */
    N6,
    /** Low income. */
    N7,
    /** Absent parenting. */
    N8,
    /** Cases other than children in need. */
    N9,
    /** Not stated. */
    N0
}
