package hearth.timescales.obligations;

import static hearth.timescales.Due.LONDON;

import hearth.timescales.Deadline;
import hearth.timescales.Due;
import hearth.timescales.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Works out when a deadline falls (reference section 3.2). Dates come from the start instant in
 * London. Working days count from day 0; weeks are 7 calendar days; months are calendar months
 * clamped to the month's end; hours are clock time from the start instant.
 */
public final class DueDates {

    /** An obligation is due soon within this many working days of its due date. */
    public static final int DUE_SOON_WORKING_DAYS = 5;

    private DueDates() {
    }

    public static Due due(Deadline deadline, WorkingDayCalendar calendar, Instant startedAt) {
        LocalDate start = LocalDate.ofInstant(startedAt, LONDON);
        int n = deadline.amount();
        LocalDate date;
        Instant overdueFrom;
        switch (deadline.unit()) {
            case HOURS -> {
                overdueFrom = startedAt.plusSeconds(3600L * n);
                date = LocalDate.ofInstant(overdueFrom, LONDON);
            }
            case WORKING_DAYS -> {
                date = calendar.addWorkingDays(start, n);
                overdueFrom = startOf(date.plusDays(1));
            }
            case DAYS -> {
                date = start.plusDays(n);
                overdueFrom = startOf(date.plusDays(1));
            }
            case WEEKS -> {
                date = start.plusWeeks(n);
                overdueFrom = startOf(date.plusDays(1));
            }
            case MONTHS -> {
                date = start.plusMonths(n);
                overdueFrom = startOf(date.plusDays(1));
            }
            default -> throw new IllegalArgumentException("Unknown unit " + deadline.unit());
        }
        return new Due(date, overdueFrom, startOf(dueSoonFrom(calendar, date)));
    }

    /** The first day from which at most 5 working days remain until the due date. */
    static LocalDate dueSoonFrom(WorkingDayCalendar calendar, LocalDate due) {
        LocalDate from = due;
        while (calendar.workingDaysBetween(from.minusDays(1), due) <= DUE_SOON_WORKING_DAYS) {
            from = from.minusDays(1);
        }
        return from;
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(LONDON).toInstant();
    }
}
