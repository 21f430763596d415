package hearth.timescales;

/** Units exactly as the regulations and guidance write them; never converted into one another. */
public enum DeadlineUnit {
    /** Counted in the rule's working-day calendar; the start is day 0. */
    WORKING_DAYS,
    /** Calendar days. */
    DAYS,
    /** Calendar weeks: "within one week" is 7 calendar days. */
    WEEKS,
    /** Calendar months, clamped to the month's end (31 January + 1 month = 28 or 29 February). */
    MONTHS,
    /** Clock time from the starting instant (e.g. 72 hours from a return time). */
    HOURS
}
