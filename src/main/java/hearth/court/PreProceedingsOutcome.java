package hearth.court;

/** A decision on pre-proceedings: step down, continue for another review period, or issue proceedings. */
public enum PreProceedingsOutcome {
    STEP_DOWN,
    CONTINUE,
    ISSUE_PROCEEDINGS;

    /** Whether pre-proceedings end with this outcome. */
    public boolean ends() {
        return this != CONTINUE;
    }
}
