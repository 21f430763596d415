package hearth.casesummary;

import java.time.Instant;
import java.time.LocalDate;

/** A significant event in a child's life as the chronology holds it: when it happened, when it was recorded. */
public record SignificantEvent(LocalDate occurredOn, String summary, Instant recordedAt, String link) {
}
