package hearth.timescales.calendar;

/** The regular England and Wales public holidays, and the one-off kind. */
public enum Holiday {
    NEW_YEARS_DAY,
    GOOD_FRIDAY,
    EASTER_MONDAY,
    EARLY_MAY,
    SPRING,
    SUMMER,
    CHRISTMAS_DAY,
    BOXING_DAY,
    /** A one-off day proclaimed for a national occasion. */
    ONE_OFF
}
