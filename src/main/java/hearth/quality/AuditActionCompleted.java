package hearth.quality;

import java.time.LocalDate;
import java.util.UUID;

/** The owner of an audit action recorded it done, with the evidence. */
public record AuditActionCompleted(UUID childId, UUID actionId, UUID auditId, String description, String completedBy,
        LocalDate completedOn) {
}
