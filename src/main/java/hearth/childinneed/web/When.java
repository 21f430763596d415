package hearth.childinneed.web;

import hearth.timescales.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats dates and instants (in London) the way the pages show them; templates reach it as {@code when}. */
final class When {

    static final When INSTANCE = new When();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private When() {
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The GOV.UK tag colour for an action's status. */
    public String colour(hearth.childinneed.ActionStatus status) {
        return switch (status) {
            case NOT_STARTED -> "grey";
            case ON_TRACK -> "green";
            case OFF_TRACK -> "red";
            case DONE -> "blue";
        };
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(Due.LONDON));
    }
}
