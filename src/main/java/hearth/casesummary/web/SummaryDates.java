package hearth.casesummary.web;

import hearth.timescales.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the case summary pages show them, in London time. */
public final class SummaryDates {

    static final SummaryDates INSTANCE = new SummaryDates();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private SummaryDates() {
    }

    public String date(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(Due.LONDON));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(Due.LONDON));
    }
}
