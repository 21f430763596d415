package hearth.timescales.calendar;

import hearth.timescales.CalendarKind;
import hearth.timescales.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/** A working-day calendar: weekdays that are not England and Wales holidays nor extra closed days. */
public final class HolidayCalendar implements WorkingDayCalendar {

    private final CalendarKind kind;
    private final Predicate<LocalDate> alsoClosed;

    public HolidayCalendar(CalendarKind kind, Predicate<LocalDate> alsoClosed) {
        this.kind = kind;
        this.alsoClosed = alsoClosed;
    }

    /** The EW-statutory calendar. */
    public static HolidayCalendar statutory() {
        return new HolidayCalendar(CalendarKind.EW_STATUTORY, d -> false);
    }

    /** The EW-complaints calendar: Boxing Day (26 December) is never a working day. */
    public static HolidayCalendar complaints() {
        return new HolidayCalendar(CalendarKind.EW_COMPLAINTS, d -> d.getMonthValue() == 12 && d.getDayOfMonth() == 26);
    }

    @Override
    public CalendarKind kind() {
        return kind;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        checkRange(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !BankHolidays.isHoliday(date)
                && !alsoClosed.test(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        if (days >= 0) {
            date = dayZero(from);
            for (int left = days; left > 0; ) {
                date = date.plusDays(1);
                if (isWorkingDay(date)) {
                    left--;
                }
            }
        } else {
            for (int left = -days; left > 0; ) {
                date = date.minusDays(1);
                if (isWorkingDay(date)) {
                    left--;
                }
            }
        }
        return date;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end date is before the start date");
        }
        checkRange(to);
        int count = 0;
        for (LocalDate date = dayZero(from).plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** Day 0 of a count: the start date, or the next working day when it is not one. */
    private LocalDate dayZero(LocalDate from) {
        LocalDate date = from;
        while (!isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static void checkRange(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException("Dates must be between " + EARLIEST + " and " + LATEST);
        }
    }
}
