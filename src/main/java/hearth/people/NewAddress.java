package hearth.people;

import java.time.LocalDate;

/** An address to record, from a date. */
public record NewAddress(String line1, String line2, String town, String postcode, LocalDate from) {
}
