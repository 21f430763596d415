package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A former relevant young person aged 21 to 25 asked for personal adviser support (CA 1989 s23CZB). */
public record SupportTo25Requested(UUID childId, LocalDate date, String recordedBy) {
}
