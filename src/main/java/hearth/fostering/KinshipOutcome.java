package hearth.fostering;

/** How a connected person's temporary approval ended. */
public enum KinshipOutcome {
    /** The full assessment approved the connected person as the child's foster carer. */
    APPROVED_AS_FOSTER_CARER,
    /** The full assessment did not approve them; the child must move (reg 25(6)). */
    NOT_APPROVED,
    /** The child moved before a decision (placement ended). */
    CHILD_MOVED
}
