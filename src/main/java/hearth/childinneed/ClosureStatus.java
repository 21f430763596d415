package hearth.childinneed;

/** A closure proposal: awaiting a manager, returned to the worker with a reason, or authorised. */
public enum ClosureStatus {
    PROPOSED, RETURNED, AUTHORISED
}
