package hearth.timescales;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When an obligation is due: the due date (met on or before it is on time), the instant it becomes
 * overdue (the start of the next day in London, or the exact clock time for rules in hours) and the
 * instant it becomes due soon (5 working days before the due date).
 */
public record Due(LocalDate date, Instant overdueFrom, Instant dueSoonFrom) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Calendar days after the due date, at least 1 when late; 0 when on time. */
    public int daysLate(Instant metAt) {
        if (metAt.isBefore(overdueFrom)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(date, LocalDate.ofInstant(metAt, LONDON));
        return (int) Math.max(1, days);
    }
}
