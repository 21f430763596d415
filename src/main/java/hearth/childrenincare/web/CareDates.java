package hearth.childrenincare.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats dates the way the children in care pages show them; templates reach it as {@code when}. */
final class CareDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String or(String value) {
        return value == null ? "" : value;
    }
}
