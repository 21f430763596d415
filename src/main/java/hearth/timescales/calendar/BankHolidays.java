package hearth.timescales.calendar;

import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * England and Wales public holidays for any Gregorian year (reference section 4): the 1971 Act bank
 * holidays, the common-law holidays (Good Friday, Christmas Day), the proclaimed New Year's Day and
 * early May holidays, weekend substitute days (always moved forward, never back) and the one-off
 * changes in {@link OneOffHolidayChanges}. The modern rules are applied to every year.
 */
public final class BankHolidays {

    private static final Map<Integer, Map<LocalDate, Holiday>> CACHE = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    /** The holidays in a year, in date order. */
    public static Map<LocalDate, Holiday> inYear(int year) {
        return CACHE.computeIfAbsent(year, BankHolidays::compute);
    }

    public static boolean isHoliday(LocalDate date) {
        return inYear(date.getYear()).containsKey(date);
    }

    private static Map<LocalDate, Holiday> compute(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        days.put(newYearsDay(year), Holiday.NEW_YEARS_DAY);
        LocalDate easter = EasterSunday.of(year);
        days.put(easter.minusDays(2), Holiday.GOOD_FRIDAY);
        days.put(easter.plusDays(1), Holiday.EASTER_MONDAY);
        put(days, year, Holiday.EARLY_MAY, LocalDate.of(year, Month.MAY, 1).with(firstInMonth(DayOfWeek.MONDAY)));
        put(days, year, Holiday.SPRING, LocalDate.of(year, Month.MAY, 1).with(lastInMonth(DayOfWeek.MONDAY)));
        put(days, year, Holiday.SUMMER, LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(DayOfWeek.MONDAY)));
        christmas(year, days);
        OneOffHolidayChanges.ADDED.stream().filter(a -> a.date().getYear() == year)
                .forEach(a -> days.put(a.date(), Holiday.ONE_OFF));
        return Collections.unmodifiableMap(days);
    }

    private static void put(Map<LocalDate, Holiday> days, int year, Holiday holiday, LocalDate usual) {
        days.put(OneOffHolidayChanges.apply(year, holiday, usual), holiday);
    }

    /** 1 January, or the following Monday when it falls at a weekend. */
    private static LocalDate newYearsDay(int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /**
     * Christmas Day and Boxing Day with their substitutes: 25 Dec on a Friday gives Monday 28 for
     * Boxing Day; on a Saturday, Monday 27 and Tuesday 28; on a Sunday, Boxing Day on Monday 26 and
     * Christmas Day's substitute on Tuesday 27.
     */
    private static void christmas(int year, Map<LocalDate, Holiday> days) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> {
                days.put(christmas, Holiday.CHRISTMAS_DAY);
                days.put(christmas.plusDays(3), Holiday.BOXING_DAY);
            }
            case SATURDAY -> {
                days.put(christmas.plusDays(2), Holiday.CHRISTMAS_DAY);
                days.put(christmas.plusDays(3), Holiday.BOXING_DAY);
            }
            case SUNDAY -> {
                days.put(christmas.plusDays(1), Holiday.BOXING_DAY);
                days.put(christmas.plusDays(2), Holiday.CHRISTMAS_DAY);
            }
            default -> {
                days.put(christmas, Holiday.CHRISTMAS_DAY);
                days.put(christmas.plusDays(1), Holiday.BOXING_DAY);
            }
        }
    }
}
