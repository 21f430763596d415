package hearth.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    private static List<LocalDate> holidays(int year) {
        return List.copyOf(BankHolidays.inYear(year).keySet());
    }

    @Test
    void easterSundayMatchesTheReferenceCheckValues() {
        assertThat(EasterSunday.of(2024)).isEqualTo("2024-03-31");
        assertThat(EasterSunday.of(2025)).isEqualTo("2025-04-20");
        assertThat(EasterSunday.of(2026)).isEqualTo("2026-04-05");
        assertThat(EasterSunday.of(2027)).isEqualTo("2027-03-28");
        assertThat(EasterSunday.of(2038)).isEqualTo("2038-04-25");
        assertThat(EasterSunday.of(2285)).isEqualTo("2285-03-22");
    }

    @Test
    void ordinaryYearsMatchTheGovUkFeed() {
        assertThat(holidays(2024)).isEqualTo(dates("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06",
                "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"));
        assertThat(holidays(2025)).isEqualTo(dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"));
    }

    @Test
    void christmasOnFridayMovesBoxingDayToMonday() {
        assertThat(holidays(2026)).isEqualTo(dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"));
        assertThat(BankHolidays.inYear(2026)).containsEntry(LocalDate.parse("2026-12-28"), Holiday.BOXING_DAY);
    }

    @Test
    void christmasOnSaturdayMovesToMondayAndBoxingDayToTuesday() {
        assertThat(BankHolidays.inYear(2027)).containsEntry(LocalDate.parse("2027-12-27"), Holiday.CHRISTMAS_DAY)
                .containsEntry(LocalDate.parse("2027-12-28"), Holiday.BOXING_DAY)
                .doesNotContainKey(LocalDate.parse("2027-12-25"));
        assertThat(holidays(2021)).contains(LocalDate.parse("2021-12-27"), LocalDate.parse("2021-12-28"));
    }

    @Test
    void christmasOnSundayGivesBoxingDayMondayAndChristmasSubstituteTuesday() {
        assertThat(BankHolidays.inYear(2033)).containsEntry(LocalDate.parse("2033-12-26"), Holiday.BOXING_DAY)
                .containsEntry(LocalDate.parse("2033-12-27"), Holiday.CHRISTMAS_DAY);
    }

    @Test
    void newYearAtTheWeekendMovesToTheFollowingMonday() {
        assertThat(holidays(2022)).contains(LocalDate.parse("2022-01-03")).doesNotContain(LocalDate.parse("2022-01-01"));
        assertThat(holidays(2023)).contains(LocalDate.parse("2023-01-02")).doesNotContain(LocalDate.parse("2023-01-01"));
    }

    @Test
    void nineteenNinetyFiveMovedEarlyMayToTheEighth() {
        assertThat(holidays(1995)).contains(LocalDate.parse("1995-05-08")).doesNotContain(LocalDate.parse("1995-05-01"));
    }

    @Test
    void millenniumEveWasAnExtraHoliday() {
        assertThat(holidays(1999)).contains(LocalDate.parse("1999-12-27"), LocalDate.parse("1999-12-28"),
                LocalDate.parse("1999-12-31"));
        assertThat(holidays(2000)).contains(LocalDate.parse("2000-01-03"));
    }

    @Test
    void twoThousandTwoHadTheGoldenJubilee() {
        assertThat(holidays(2002)).isEqualTo(dates("2002-01-01", "2002-03-29", "2002-04-01", "2002-05-06",
                "2002-06-03", "2002-06-04", "2002-08-26", "2002-12-25", "2002-12-26"));
    }

    @Test
    void twoThousandElevenHadTheRoyalWedding() {
        assertThat(holidays(2011)).isEqualTo(dates("2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29",
                "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27"));
    }

    @Test
    void twoThousandTwelveHadTheDiamondJubilee() {
        assertThat(holidays(2012)).isEqualTo(dates("2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07",
                "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"));
    }

    @Test
    void twoThousandTwentyMovedEarlyMayToFridayTheEighth() {
        assertThat(holidays(2020)).isEqualTo(dates("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
                "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"));
    }

    @Test
    void twoThousandTwentyTwoHadThePlatinumJubileeAndTheStateFuneral() {
        assertThat(holidays(2022)).isEqualTo(dates("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02",
                "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"));
    }

    @Test
    void twoThousandTwentyThreeHadTheCoronation() {
        assertThat(holidays(2023)).isEqualTo(dates("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01",
                "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"));
    }

    @Test
    void everyYearHasAtLeastEightHolidaysOnWeekdays() {
        for (int year = 1600; year <= 3000; year++) {
            assertThat(BankHolidays.inYear(year)).as("year %d", year).hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy((date, holiday) -> assertThat(date.getDayOfWeek().getValue()).isLessThan(6));
        }
    }
}
