package hearth.earlyhelp;

/** What a team-around-the-family review decided. */
public enum ReviewDecision {
    CONTINUE_PLAN, CHANGE_PLAN, CLOSE, STEP_UP
}
