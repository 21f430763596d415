package hearth.childinneed;

/** The DfE CIN census reason for closure codes (2025-26). */
public enum ClosureReason {
    /** Adopted. */
    RC1,
    /** Died. */
    RC2,
    /** Child arrangements order. */
    RC3,
    /** Special guardianship order. */
    RC4,
    /** Transferred to another local authority. */
    RC5,
    /** Transferred to adult social care. */
    RC6,
    /** Services ceased for any other reason, including the child no longer being in need. */
    RC7,
    /** Case closed after assessment, no further action. */
    RC8,
    /** Case closed after assessment, referred to early help. */
    RC9
}
