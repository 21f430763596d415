package hearth.timescales;

import java.time.LocalDate;

/**
 * Counts working days the way the reference says: "within N working days of X" makes X day 0 and
 * the due date the Nth working day after it; when X is not a working day, day 0 is the next working
 * day (a referral on a Saturday counts as made on the Monday).
 */
public interface WorkingDayCalendar {

    /** Dates this calendar accepts: Gregorian years only. */
    LocalDate EARLIEST = LocalDate.of(1600, 1, 1);
    LocalDate LATEST = LocalDate.of(9999, 12, 31);

    CalendarKind kind();

    boolean isWorkingDay(LocalDate date);

    /**
     * The Nth working day after {@code from} (day 0 as above). With N = 0, day 0 itself. With N below
     * zero, the |N|th working day strictly before {@code from}.
     */
    LocalDate addWorkingDays(LocalDate from, int days);

    /**
     * Working days from {@code from} (day 0) up to and including {@code to}: an assessment finished on
     * the day of referral took 0 working days. {@code to} must not be before {@code from}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
