package hearth.missing.web;

import hearth.timescales.Due;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats dates, times and durations (in London) the way the missing pages show them; templates reach it as {@code when}. */
public final class MissingTimes {

    static final MissingTimes INSTANCE = new MissingTimes();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private MissingTimes() {
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String at(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Due.LONDON));
    }

    /** A duration as days, hours and minutes, e.g. "1 day 3 hours" or "5 hours 20 minutes". */
    public String duration(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + (days == 1 ? " day " : " days ") + hours + (hours == 1 ? " hour" : " hours");
        }
        return hours + (hours == 1 ? " hour " : " hours ") + minutes + (minutes == 1 ? " minute" : " minutes");
    }

    public String between(Instant from, Instant to) {
        return duration(Duration.between(from, to));
    }
}
