package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A contact by the personal adviser, or an attempt that did not reach the young person. */
public record LeaverContactView(UUID id, LocalDate date, boolean reached, ContactMethod method, String note,
        String recordedBy) {
}
