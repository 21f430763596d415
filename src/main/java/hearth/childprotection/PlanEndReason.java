package hearth.childprotection;

/** Why a child protection plan ended. */
public enum PlanEndReason {
    RISK_REDUCED, LOOKED_AFTER, MOVED_TO_ANOTHER_AUTHORITY, REACHED_EIGHTEEN, CHILD_DIED, OTHER
}
