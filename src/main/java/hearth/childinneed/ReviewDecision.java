package hearth.childinneed;

/** What a child in need review decided. */
public enum ReviewDecision {
    CONTINUE_PLAN, CLOSE, STEP_UP_TO_CHILD_PROTECTION
}
