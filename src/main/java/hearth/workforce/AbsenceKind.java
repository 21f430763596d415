package hearth.workforce;

/** Why a worker was away. */
public enum AbsenceKind {
    SICKNESS, ANNUAL_LEAVE, OTHER
}
