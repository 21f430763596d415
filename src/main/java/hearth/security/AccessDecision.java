package hearth.security;

/** Whether the current user may open a child's record now, and if not, why. */
public enum AccessDecision {
    ALLOWED, RESTRICTED, OUT_OF_REACH;

    public boolean allowed() {
        return this == ALLOWED;
    }
}
