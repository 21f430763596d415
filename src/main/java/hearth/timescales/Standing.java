package hearth.timescales;

/** How binding a timescale is (reference section 0). */
public enum Standing {
    /** A duty in an Act or regulations. */
    LAW,
    /** Statutory guidance the authority must follow unless there are exceptional reasons. */
    STATUTORY_GUIDANCE,
    /** A local standard the authority sets; an administrator can change it. */
    LOCAL_STANDARD
}
