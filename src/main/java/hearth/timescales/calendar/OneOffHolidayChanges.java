package hearth.timescales.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The one-off changes to England and Wales public holidays since 1995, made by royal proclamation.
 * Keep this table up to date when a new proclamation moves or adds a day (reference section 4.2).
 */
final class OneOffHolidayChanges {

    /** A regular holiday moved to another date in one year. */
    record Moved(int year, Holiday holiday, LocalDate to, String why) {
    }

    /** An extra holiday for a national occasion. */
    record Added(LocalDate date, String why) {
    }

    static final List<Moved> MOVED = List.of(
            // VE Day 50th anniversary: early May holiday moved from Monday 1 May to Monday 8 May
            new Moved(1995, Holiday.EARLY_MAY, LocalDate.of(1995, 5, 8), "VE Day 50th anniversary"),
            // Golden Jubilee: spring holiday moved from Monday 27 May to Tuesday 4 June
            new Moved(2002, Holiday.SPRING, LocalDate.of(2002, 6, 4), "Golden Jubilee"),
            // Diamond Jubilee: spring holiday moved from Monday 28 May to Monday 4 June
            new Moved(2012, Holiday.SPRING, LocalDate.of(2012, 6, 4), "Diamond Jubilee"),
            // VE Day 75th anniversary: early May holiday moved from Monday 4 May to Friday 8 May
            new Moved(2020, Holiday.EARLY_MAY, LocalDate.of(2020, 5, 8), "VE Day 75th anniversary"),
            // Platinum Jubilee: spring holiday moved from Monday 30 May to Thursday 2 June
            new Moved(2022, Holiday.SPRING, LocalDate.of(2022, 6, 2), "Platinum Jubilee"));

    static final List<Added> ADDED = List.of(
            // Millennium: Friday 31 December 1999
            new Added(LocalDate.of(1999, 12, 31), "Millennium"),
            // Golden Jubilee of Queen Elizabeth II: Monday 3 June 2002
            new Added(LocalDate.of(2002, 6, 3), "Golden Jubilee"),
            // Wedding of Prince William and Catherine Middleton: Friday 29 April 2011
            new Added(LocalDate.of(2011, 4, 29), "Royal Wedding"),
            // Diamond Jubilee of Queen Elizabeth II: Tuesday 5 June 2012
            new Added(LocalDate.of(2012, 6, 5), "Diamond Jubilee"),
            // Platinum Jubilee of Queen Elizabeth II: Friday 3 June 2022
            new Added(LocalDate.of(2022, 6, 3), "Platinum Jubilee"),
            // State Funeral of Queen Elizabeth II: Monday 19 September 2022
            new Added(LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
            // Coronation of King Charles III: Monday 8 May 2023
            new Added(LocalDate.of(2023, 5, 8), "Coronation of King Charles III"));

    private OneOffHolidayChanges() {
    }

    /** The date a regular holiday falls on in a year: its usual date unless this table moved it. */
    static LocalDate apply(int year, Holiday holiday, LocalDate usual) {
        return MOVED.stream().filter(m -> m.year() == year && m.holiday() == holiday).map(Moved::to)
                .findFirst().orElse(usual);
    }
}
