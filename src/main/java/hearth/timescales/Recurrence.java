package hearth.timescales;

/** Whether a satisfied obligation opens the next one. */
public enum Recurrence {
    ONE_OFF,
    /**
     * "Intervals of not more than X": the next obligation runs from the last actual event, not from the
     * last due date.
     */
    FROM_LAST_EVENT
}
