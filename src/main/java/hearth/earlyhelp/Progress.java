package hearth.earlyhelp;

/** Progress on one action of the team-around-the-family plan. */
public enum Progress {
    NOT_STARTED, ON_TRACK, DELAYED, DONE, NOT_DONE
}
