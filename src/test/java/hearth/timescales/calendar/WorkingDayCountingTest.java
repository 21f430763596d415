package hearth.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCountingTest {

    private final HolidayCalendar statutory = HolidayCalendar.statutory();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theStartDateIsDayZeroAndOneWorkingDayIsTheNextWorkingDay() {
        assertThat(statutory.addWorkingDays(date("2026-03-02"), 1)).isEqualTo("2026-03-03");
        assertThat(statutory.addWorkingDays(date("2026-03-06"), 1)).isEqualTo("2026-03-09");
        assertThat(statutory.addWorkingDays(date("2026-03-02"), 0)).isEqualTo("2026-03-02");
    }

    @Test
    void aReferralAtTheWeekendCountsFromTheNextWorkingDay() {
        assertThat(statutory.addWorkingDays(date("2026-03-07"), 1)).isEqualTo("2026-03-10");
        assertThat(statutory.addWorkingDays(date("2026-03-08"), 0)).isEqualTo("2026-03-09");
        assertThat(statutory.workingDaysBetween(date("2026-03-07"), date("2026-03-09"))).isZero();
    }

    @Test
    void fortyFiveWorkingDaysSkipEasterAndTheMayHolidays() {
        // referral Monday 30 March 2026: Good Friday 3 April, Easter Monday 6 April, early May 4 May
        assertThat(statutory.addWorkingDays(date("2026-03-30"), 45)).isEqualTo("2026-06-05");
        assertThat(statutory.workingDaysBetween(date("2026-03-30"), date("2026-06-05"))).isEqualTo(45);
    }

    @Test
    void countingAcrossChristmasSkipsTheSubstituteDays() {
        // Christmas 2027 is a Saturday: Monday 27 and Tuesday 28 are holidays
        assertThat(statutory.addWorkingDays(date("2027-12-24"), 1)).isEqualTo("2027-12-29");
        assertThat(statutory.addWorkingDays(date("2027-12-24"), 5)).isEqualTo("2028-01-05");
    }

    @Test
    void negativeDaysCountBackStrictlyBeforeTheDate() {
        assertThat(statutory.addWorkingDays(date("2026-03-09"), -1)).isEqualTo("2026-03-06");
        assertThat(statutory.addWorkingDays(date("2026-03-07"), -1)).isEqualTo("2026-03-06");
        assertThat(statutory.addWorkingDays(date("2026-04-07"), -1)).isEqualTo("2026-04-02");
    }

    @Test
    void addingAndCountingAgreeForEveryStartInAYear() {
        for (LocalDate from = date("2026-01-01"); from.getYear() == 2026; from = from.plusDays(1)) {
            for (int days : new int[] {0, 1, 5, 20, 45}) {
                assertThat(statutory.workingDaysBetween(from, statutory.addWorkingDays(from, days))).isEqualTo(days);
            }
        }
    }

    @Test
    void theEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> statutory.workingDaysBetween(date("2026-03-09"), date("2026-03-08")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datesOutsideTheGregorianRangeAreRefused() {
        assertThatThrownBy(() -> statutory.isWorkingDay(date("1500-01-01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theComplaintsCalendarNeverTreatsBoxingDayAsAWorkingDay() {
        HolidayCalendar complaints = HolidayCalendar.complaints();
        for (int year = 1990; year <= 2100; year++) {
            assertThat(complaints.isWorkingDay(LocalDate.of(year, 12, 26))).isFalse();
        }
        // 26 Dec 2026 is a Saturday; the Boxing Day holiday is Monday 28th in both calendars
        assertThat(complaints.addWorkingDays(date("2026-12-24"), 1)).isEqualTo("2026-12-29");
    }

    @Test
    void theLocalCalendarAlsoSkipsClosureDays() {
        Set<LocalDate> closed = Set.of(date("2026-12-29"), date("2026-12-30"), date("2026-12-31"));
        HolidayCalendar local = new HolidayCalendar(hearth.timescales.CalendarKind.LOCAL, closed::contains);
        assertThat(local.addWorkingDays(date("2026-12-24"), 1)).isEqualTo("2027-01-04");
        assertThat(statutory.addWorkingDays(date("2026-12-24"), 1)).isEqualTo("2026-12-29");
    }

    @Test
    void theComplaintsCalendarSkipsTheSameDaysAsTheStatutoryOneUnderTodaysRules() {
        HolidayCalendar complaints = HolidayCalendar.complaints();
        for (LocalDate date = date("1990-01-01"); date.getYear() <= 2100; date = date.plusDays(1)) {
            assertThat(complaints.isWorkingDay(date)).as(date.toString()).isEqualTo(statutory.isWorkingDay(date));
        }
    }
}
