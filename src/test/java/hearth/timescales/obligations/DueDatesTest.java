package hearth.timescales.obligations;

import static hearth.timescales.DeadlineUnit.DAYS;
import static hearth.timescales.DeadlineUnit.HOURS;
import static hearth.timescales.DeadlineUnit.MONTHS;
import static hearth.timescales.DeadlineUnit.WEEKS;
import static hearth.timescales.DeadlineUnit.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import hearth.timescales.Deadline;
import hearth.timescales.Due;
import hearth.timescales.DeadlineUnit;
import hearth.timescales.ObligationState;
import hearth.timescales.calendar.HolidayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private final HolidayCalendar calendar = HolidayCalendar.statutory();

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Due.LONDON).toInstant();
    }

    private Due due(int amount, DeadlineUnit unit, String start) {
        return DueDates.due(Deadline.of(amount, unit), calendar, london(start));
    }

    @Test
    void aMonthFromTheThirtyFirstOfJanuaryIsTheEndOfFebruary() {
        assertThat(due(1, MONTHS, "2026-01-31T09:00").date()).isEqualTo("2026-02-28");
        assertThat(due(1, MONTHS, "2028-01-31T09:00").date()).isEqualTo("2028-02-29");
        assertThat(due(3, MONTHS, "2026-08-31T09:00").date()).isEqualTo("2026-11-30");
    }

    @Test
    void aWeekIsSevenCalendarDays() {
        assertThat(due(1, WEEKS, "2026-03-06T15:00").date()).isEqualTo("2026-03-13");
        assertThat(due(6, WEEKS, "2026-03-06T15:00").date()).isEqualTo("2026-04-17");
    }

    @Test
    void daysAreCalendarDays() {
        assertThat(due(10, DAYS, "2026-12-20T15:00").date()).isEqualTo("2026-12-30");
    }

    @Test
    void workingDaysCountFromTheStartDateInLondon() {
        // a referral late on Friday evening counts from Friday: Monday is the first working day after it
        Due due = due(1, WORKING_DAYS, "2026-03-27T23:30");
        assertThat(due.date()).isEqualTo("2026-03-30");
        assertThat(due.overdueFrom()).isEqualTo(london("2026-03-31T00:00"));
    }

    @Test
    void seventyTwoHoursIsClockTimeEvenAcrossTheClocksChanging() {
        Due due = due(72, HOURS, "2026-03-27T18:00");
        assertThat(due.overdueFrom()).isEqualTo(london("2026-03-27T18:00").plusSeconds(72 * 3600));
        assertThat(due.overdueFrom()).isEqualTo(london("2026-03-30T19:00"));
        assertThat(due.date()).isEqualTo("2026-03-30");
    }

    @Test
    void anItemIsDueSoonFromFiveWorkingDaysBeforeItsDueDate() {
        Due due = due(45, WORKING_DAYS, "2026-03-30T10:00");
        assertThat(due.date()).isEqualTo("2026-06-05");
        assertThat(due.dueSoonFrom()).isEqualTo(london("2026-05-29T00:00"));
        // a due date on a Sunday: due soon from the Friday before, when Monday to Friday remain
        Due sunday = due(1, WEEKS, "2026-03-01T10:00");
        assertThat(sunday.date()).isEqualTo("2026-03-08");
        assertThat(sunday.dueSoonFrom()).isEqualTo(london("2026-02-27T00:00"));
    }

    @Test
    void theStateFollowsTheClockAcrossTheDeadline() {
        Due due = due(45, WORKING_DAYS, "2026-03-30T10:00");
        assertThat(ObligationState.at(london("2026-05-28T23:59"), due, null, false)).isEqualTo(ObligationState.UPCOMING);
        assertThat(ObligationState.at(london("2026-05-29T00:00"), due, null, false)).isEqualTo(ObligationState.DUE_SOON);
        assertThat(ObligationState.at(london("2026-06-05T23:59"), due, null, false)).isEqualTo(ObligationState.DUE_SOON);
        assertThat(ObligationState.at(london("2026-06-06T00:00"), due, null, false)).isEqualTo(ObligationState.OVERDUE);
        assertThat(ObligationState.at(london("2026-07-01T00:00"), due, london("2026-06-05T17:00"), false))
                .isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(ObligationState.at(london("2026-07-01T00:00"), due, london("2026-06-08T09:00"), false))
                .isEqualTo(ObligationState.MET_LATE);
        assertThat(ObligationState.at(london("2026-07-01T00:00"), due, null, true)).isEqualTo(ObligationState.VOIDED);
    }

    @Test
    void daysLateAreCalendarDaysAfterTheDueDateAndAtLeastOne() {
        Due due = due(45, WORKING_DAYS, "2026-03-30T10:00");
        assertThat(due.daysLate(london("2026-06-05T17:00"))).isZero();
        assertThat(due.daysLate(london("2026-06-08T09:00"))).isEqualTo(3);
        Due hours = due(72, HOURS, "2026-03-27T18:00");
        assertThat(hours.daysLate(london("2026-03-30T20:00"))).isEqualTo(1);
    }

    @Test
    void zeroWorkingDaysIsDueOnDayZero() {
        assertThat(due(0, WORKING_DAYS, "2026-03-07T10:00").date()).isEqualTo(LocalDate.parse("2026-03-09"));
    }
}
