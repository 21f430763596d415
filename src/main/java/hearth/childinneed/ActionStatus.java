package hearth.childinneed;

/** How an action on a child in need plan is going. */
public enum ActionStatus {
    NOT_STARTED, ON_TRACK, OFF_TRACK, DONE
}
