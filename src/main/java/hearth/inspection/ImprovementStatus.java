package hearth.inspection;

/** Where an improvement action stands. */
public enum ImprovementStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    COMPLETE
}
