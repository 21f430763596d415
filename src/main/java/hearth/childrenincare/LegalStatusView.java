package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/** A legal status the child was looked after under from {@code startDate} (the first one starts the period). */
public record LegalStatusView(UUID id, UUID periodId, LocalDate startDate, LegalStatus status, String recordedBy) {
}
