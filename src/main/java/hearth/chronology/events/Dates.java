package hearth.chronology.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates inside summaries, as GOV.UK writes them. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String text(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
