package hearth.childrenincare;

/** SSDA903 reason for a placement change (REASON_PLACE_CHANGE, rule 1009). */
public enum PlacementChangeReason {
    ALLEG, APPRR, CARPL, CHILD, CLOSE, CREQB, CREQO, CUSTOD, LAREQ, OTHER, PLACE, STAND
}
