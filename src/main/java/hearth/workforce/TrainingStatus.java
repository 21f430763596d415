package hearth.workforce;

/** Where a worker stands with a course. */
public enum TrainingStatus {
    BOOKED, ATTENDED, MISSED
}
