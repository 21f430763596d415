package hearth.careleavers;

import java.time.LocalDate;

/** Command: a contact with the young person, or an attempt that did not reach them. */
public record NewLeaverContact(LocalDate date, boolean reached, ContactMethod method, String note) {
}
